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
        var version: Int
    }

    private let kept = Mutex<(templates: [String: Kept], compiled: Int)>(([:], 0))
    private let options: TemplateOptions

    /// `pictures`: where the pictures the data names are read from (the project's folder).
    public init(pictures: PictureSource = .none) {
        options = TemplateOptions(reusesParse: false, pictures: pictures)
    }

    /// The template at `path` as the file is now. The file is looked at before it is read, so a
    /// change while it is read gives another stamp on the next use, never a stale template kept.
    public func template(at path: String) throws(TemplateError) -> Template {
        try compiled(at: path).template
    }

    /// As `template(at:)`, with a number that changes whenever the file is compiled again (0 for
    /// a file that could not be looked at), so documents made from it can be told from newer ones.
    public func compiled(at path: String) throws(TemplateError) -> (template: Template, version: Int) {
        var info = stat()
        // A file that cannot be looked at is left to `Template` to report in its own words.
        guard stat(path, &info) == 0 else { return (try Template(contentsOf: path, options: options), 0) }
        let stamp = Stamp(
            seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec), size: Int64(info.st_size),
            inode: UInt64(info.st_ino))
        if let known = kept.withLock({ $0.templates[path] }), known.stamp == stamp {
            return (known.template, known.version)
        }
        let template = try Template(contentsOf: path, options: options)
        let version = kept.withLock { kept in
            kept.compiled += 1
            kept.templates[path] = Kept(stamp: stamp, template: template, version: kept.compiled)
            return kept.compiled
        }
        return (template, version)
    }
}
