import Foundation
import ZitProject
import ZitRegister

/// The project's data, read again only when one of its files changed (an office worker replaced
/// the participants' list, `check` accepted an upload), so requests never read it each time.
public actor ProjectSource {
    public let folder: String
    private var cached: (stamp: [String: Date], project: Project?, errors: Int, warnings: [DataProblem])?

    public init(folder: String) {
        self.folder = folder
    }

    /// The project as its files say now; 503 when they cannot be read (the office runs `check`).
    public func current() throws(APIError) -> Project {
        guard let project = loaded().project else { throw .projectUnreadable }
        return project
    }

    /// As `current()`, for making documents: like `zitdocs generate`, the service makes none from
    /// data that `check` finds errors in (a document would carry the mistake).
    public func withoutErrors() throws(APIError) -> Project {
        let loaded = loaded()
        guard loaded.errors == 0 else { throw .projectHasErrors(loaded.errors) }
        guard let project = loaded.project else { throw .projectUnreadable }
        return project
    }

    /// The warnings `check` gives for the project as its files say now.
    public func warnings() -> [DataProblem] {
        loaded().warnings
    }

    private func loaded() -> (project: Project?, errors: Int, warnings: [DataProblem]) {
        let stamp = Self.stamp(folder)
        if let cached, cached.stamp == stamp { return (cached.project, cached.errors, cached.warnings) }
        let result = ProjectLoader.load(folder: folder)
        cached = (stamp, result.project, result.errors.count, result.warnings)
        return (result.project, result.errors.count, result.warnings)
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
