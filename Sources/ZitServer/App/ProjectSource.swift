import Foundation
import ZitProject
import ZitRegister

/// The project's data, read again only when one of its files changed (an office worker replaced
/// the participants' list, `check` accepted an upload), so requests never read it each time.
public actor ProjectSource {
    public let folder: String
    private var cached: (stamp: [String: Date], project: Project?)?

    public init(folder: String) {
        self.folder = folder
    }

    /// The project as its files say now; 503 when they cannot be read (the office runs `check`).
    public func current() throws(APIError) -> Project {
        let stamp = Self.stamp(folder)
        if let cached, cached.stamp == stamp {
            guard let project = cached.project else { throw .projectUnreadable }
            return project
        }
        let project = ProjectLoader.load(folder: folder).project
        cached = (stamp, project)
        guard let project else { throw .projectUnreadable }
        return project
    }

    private static func stamp(_ folder: String) -> [String: Date] {
        let manager = FileManager.default
        var stamp: [String: Date] = [:]
        // The register changes with every certificate issued; it is not part of the project's data.
        for name in (try? manager.contentsOfDirectory(atPath: folder)) ?? []
        where !name.hasPrefix(".") && !name.hasPrefix(CertificateRegister.fileName) {
            let path = (folder as NSString).appendingPathComponent(name)
            stamp[name] = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date
        }
        return stamp
    }
}
