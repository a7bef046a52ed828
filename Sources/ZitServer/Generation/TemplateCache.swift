import Foundation
import Synchronization
import ZitEngine

/// Compiled templates kept between requests and shared by them (a `Template` fills documents on
/// any number of threads), each filling every document as a newly read one fills its first, so
/// a request gives the file the command line writes (`reusesParse`). A template file the office edits or replaces has another modification
/// time, size or inode, and is read and compiled again on its next use.
public final class TemplateCache: Sendable {
    private struct Stamp: Equatable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
        var inode: UInt64
    }

    private struct Kept: Sendable {
        var stamp: Stamp
        var template: Template
    }

    private let kept = Mutex<[String: Kept]>([:])
    private static let options = TemplateOptions(reusesParse: false)

    public init() {}

    /// The template at `path` as the file is now. The file is looked at before it is read, so a
    /// change while it is read gives another stamp on the next use, never a stale template kept.
    public func template(at path: String) throws(TemplateError) -> Template {
        var info = stat()
        // A file that cannot be looked at is left to `Template` to report in its own words.
        guard stat(path, &info) == 0 else { return try Template(contentsOf: path, options: Self.options) }
        let stamp = Stamp(
            seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec), size: Int64(info.st_size),
            inode: UInt64(info.st_ino))
        if let known = kept.withLock({ $0[path] }), known.stamp == stamp { return known.template }
        let template = try Template(contentsOf: path, options: Self.options)
        kept.withLock { $0[path] = Kept(stamp: stamp, template: template) }
        return template
    }
}
