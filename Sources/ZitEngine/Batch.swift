import Foundation
import Synchronization

/// One document of a batch: its data and the file it goes to.
public struct BatchItem: Sendable {
    public var data: TemplateValue
    public var fileName: String

    public init(data: TemplateValue, fileName: String) {
        self.data = data
        self.fileName = fileName
    }
}

/// Renders many documents from one template on every core, all or nothing: files are written
/// into a hidden folder beside the destination and moved into place only when every document
/// succeeded, so a failed batch leaves the folder as it was.
public enum Batch {
    public static func write(
        _ items: [BatchItem], with template: Template, outer: TemplateValue? = nil,
        replacing entries: [String: [UInt8]] = [:],
        into folder: String,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        progress: @Sendable (Int) -> Void = { _ in }
    ) throws(TemplateError) -> [TemplateProblem] {
        let files = FileManager.default
        removeAbandonedStaging(in: folder)
        let staging = (folder as NSString).appendingPathComponent(".zitdocs-\(getpid())-\(UUID().uuidString.prefix(8))")
        do {
            try files.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw .package(
                .writeFailed(destination: folder, reason: "nie można utworzyć folderu albo zapisywać w nim plików"))
        }
        defer { try? files.removeItem(atPath: staging) }

        let warnings = try renderEach(
            items, with: template, outer: outer, replacing: entries, workers: workers, progress: progress
        ) { index, document, writer throws(TemplateError) in
            try writer.write(
                document, to: (staging as NSString).appendingPathComponent(items[index].fileName), flush: false)
        }
        // One flush for the whole batch before anything takes its final name: waiting for the
        // disk after each of a thousand documents would take longer than making them.
        sync()
        for item in items {
            let source = (staging as NSString).appendingPathComponent(item.fileName)
            let target = (folder as NSString).appendingPathComponent(item.fileName)
            guard rename(source, target) == 0 else {
                throw .package(.writeFailed(destination: target, reason: String(cString: strerror(errno))))
            }
        }
        return warnings
    }

    /// A batch killed halfway leaves its hidden folder of unfinished files; the next batch in the
    /// same place removes those whose process is gone.
    public static func removeAbandonedStaging(in folder: String) {
        let files = FileManager.default
        for name in (try? files.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix(".zitdocs-") {
            let parts = name.split(separator: "-")
            guard parts.count >= 3, let pid = Int32(parts[1]), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? files.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
            }
        }
    }
}
