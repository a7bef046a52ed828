import Foundation

/// Folders for one request's files (a single document, an uploaded template) under the data
/// folder, named by the server, never from request text; what a stopped server left is cleared on
/// start. Each folder is made (with the ones above it) by whoever uses it.
public struct ScratchFolders: Sendable {
    public let root: String

    public init(dataDirectory: String) {
        root = (dataDirectory as NSString).appendingPathComponent("robocze")
        try? FileManager.default.removeItem(atPath: root)
    }

    /// A new, not yet created, folder path.
    public func newFolder() -> String {
        (root as NSString).appendingPathComponent(JobID.random().rawValue)
    }

    public func remove(_ folder: String) {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
