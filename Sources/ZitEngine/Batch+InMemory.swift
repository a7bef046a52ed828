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
        struct Shared {
            var next = 0
            var done = 0
            var documents: [[UInt8]?]
            var problems: [TemplateProblem] = []
            var warnings: [TemplateProblem] = []
            var failure: TemplateError?
        }
        let count = items.count
        let shared = Mutex(Shared(documents: Array(repeating: nil, count: count)))
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, count))) { _ in
            let writer: DocumentWriter
            do throws(TemplateError) { writer = try DocumentWriter(for: template) } catch {
                shared.withLock { $0.failure = error }
                return
            }
            while true {
                let index: Int? = shared.withLock { state in
                    guard state.next < count, state.failure == nil else { return nil }
                    defer { state.next += 1 }
                    return state.next
                }
                guard let index else { return }
                let item = items[index]
                let label = "dokument \(index + 1) (\(item.fileName))"
                do throws(TemplateError) {
                    var document = try template.render(item.data, outer: nil, firstOfBatch: index == 0)
                    document.replacedEntries = entries
                    let bytes = try writer.bytes(of: document)
                    let done = shared.withLock { state in
                        state.documents[index] = bytes
                        state.warnings += document.warnings.map {
                            var w = $0; w.document = label; return w
                        }
                        state.done += 1
                        return state.done
                    }
                    progress(done)
                } catch .problems(let found) {
                    shared.withLock {
                        $0.problems += found.map {
                            var p = $0; p.document = label; return p
                        }
                    }
                } catch {
                    shared.withLock { $0.failure = error }
                }
            }
        }
        let outcome = shared.withLock { $0 }
        if let failure = outcome.failure { throw failure }
        guard outcome.problems.isEmpty else {
            throw .problems(outcome.problems.sorted { ($0.document ?? "") < ($1.document ?? "") })
        }
        return (outcome.documents.map { $0 ?? [] }, outcome.warnings)
    }
}
