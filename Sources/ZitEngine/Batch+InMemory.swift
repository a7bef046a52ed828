import Foundation
import Synchronization

extension Batch {
    /// Renders many documents from one template on every core into memory, all or nothing: each
    /// is the bytes `write` would put into its file (the first of the batch coded as `write`
    /// codes it), in the items' order. For a batch that goes into one archive and nowhere else.
    public static func documents(
        _ items: [BatchItem], with template: Template, replacing entries: [String: [UInt8]] = [:],
        workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        progress: @Sendable (Int) -> Void = { _ in }
    ) throws(TemplateError) -> (documents: [[UInt8]], warnings: [TemplateProblem]) {
        let made = Mutex([[UInt8]?](repeating: nil, count: items.count))
        let warnings = try renderEach(
            items, with: template, outer: nil, replacing: entries, workers: workers, progress: progress
        ) { index, document, writer throws(TemplateError) in
            let bytes = try writer.bytes(of: document)
            made.withLock { $0[index] = bytes }
        }
        return (made.withLock { $0 }.map { $0 ?? [] }, warnings)
    }
}
