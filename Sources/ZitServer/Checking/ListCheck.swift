import Foundation
import ZitProject

/// `check` run on the project as it would be with an uploaded list in place of its own: the
/// project's other files are linked into a scratch folder beside the upload, so the report is
/// exactly the one `zitdocs check` would give after the file was replaced.
public struct ListCheck: Sendable {
    public let projectFolder: String
    public let scratch: ScratchFolders

    public init(projectFolder: String, scratch: ScratchFolders) {
        self.projectFolder = projectFolder
        self.scratch = scratch
    }

    /// Blocks while reading; call it off the concurrency pool.
    public func check(_ bytes: [UInt8], as list: ProjectList, format: ProjectList.Format) throws -> ProjectLoader.Result
    {
        let folder = scratch.newFolder()
        defer { scratch.remove(folder) }
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let replaced = Set(ProjectList.Format.allCases.map(list.fileName))
        for name in try manager.contentsOfDirectory(atPath: projectFolder)
        where !name.hasPrefix(".") && !replaced.contains(name) {
            try manager.createSymbolicLink(
                atPath: (folder as NSString).appendingPathComponent(name),
                withDestinationPath: (projectFolder as NSString).appendingPathComponent(name))
        }
        try Data(bytes).write(
            to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(list.fileName(format))))
        return ProjectLoader.load(folder: folder)
    }
}
