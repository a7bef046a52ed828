import Foundation

/// Where the pictures a data file names by path are read from: the one piece of the file system
/// the engine sees. The engine hands it a path already checked to stay inside the folder (no
/// `..` above it, not absolute), with `/` between folders.
public struct PictureSource: Sendable {
    let read: @Sendable (_ relativePath: String) -> [UInt8]?

    /// `read` gives the bytes of a file, or nil when there is none.
    public init(read: @escaping @Sendable (_ relativePath: String) -> [UInt8]?) {
        self.read = read
    }

    /// No files: pictures come only as `data:` URIs in the data.
    public static let none = PictureSource { _ in nil }

    /// The files of `folder` (the project's folder, a data file's folder). A link leading out of
    /// the folder is not followed.
    public static func folder(_ folder: String) -> PictureSource {
        let base = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
        return PictureSource { relative in
            let file = URL(fileURLWithPath: base).appendingPathComponent(relative).resolvingSymlinksInPath().path
            guard file.hasPrefix(base.hasSuffix("/") ? base : base + "/") else { return nil }
            return FileManager.default.contents(atPath: file).map { [UInt8]($0) }
        }
    }
}
