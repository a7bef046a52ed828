import Foundation

/// Folders for one request's files (a single document, an uploaded template) under the data
/// folder, named by the server, never from request text; what a stopped server left is cleared on start.
public struct ScratchFolders: Sendable {
    public let root: String

    public init(dataDirectory: String) throws {
        root = (dataDirectory as NSString).appendingPathComponent("robocze")
        let manager = FileManager.default
        if manager.fileExists(atPath: root) { try manager.removeItem(atPath: root) }
        try manager.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    /// A new, not yet created, folder path.
    public func newFolder() -> String {
        (root as NSString).appendingPathComponent(JobID.random().rawValue)
    }

    public func remove(_ folder: String) {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
