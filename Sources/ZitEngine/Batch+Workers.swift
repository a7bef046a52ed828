import Foundation
import Synchronization

extension Batch {
    /// The one loop of every batch: each core takes the next document, renders it and hands it to
    /// `keep` with that core's own writer. The first document of the batch is coded as a single
    /// document would be, whichever core takes it. All or nothing: the first failure stops the
    /// others, and every document's problems are collected, labelled with its place and file.
    /// `failed` is called on each failure as it happens, for whoever waits for the documents.
    static func renderEach(
        _ items: [BatchItem], with template: Template, outer: TemplateValue?, replacing entries: [String: [UInt8]],
        workers: Int, progress: @Sendable (Int) -> Void, failed: @Sendable () -> Void = {},
        keep:
            @Sendable (_ index: Int, _ document: RenderedDocument, _ writer: DocumentWriter) throws(TemplateError)
            -> Void
    ) throws(TemplateError) -> [TemplateProblem] {
        struct Shared {
            var next = 0
            var done = 0
            var problems: [TemplateProblem] = []
            var warnings: [TemplateProblem] = []
            var failure: TemplateError?
        }
        let shared = Mutex(Shared())
        let count = items.count
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, count))) { _ in
            let writer: DocumentWriter
            do throws(TemplateError) { writer = try DocumentWriter(for: template) } catch {
                shared.withLock { $0.failure = error }
                failed()
                return
            }
            while true {
                let index: Int? = shared.withLock { state in
                    guard state.next < count, state.failure == nil else { return nil }
                    defer { state.next += 1 }
                    return state.next
                }
                guard let index else { return }
                let label = "dokument \(index + 1) (\(items[index].fileName))"
                do throws(TemplateError) {
                    var document = try template.render(items[index].data, outer: outer, firstOfBatch: index == 0)
                    document.replacedEntries = entries
                    try keep(index, document, writer)
                    let done = shared.withLock { state in
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
                    failed()
                } catch {
                    shared.withLock { $0.failure = error }
                    failed()
                }
            }
        }
        let outcome = shared.withLock { $0 }
        if let failure = outcome.failure { throw failure }
        guard outcome.problems.isEmpty else {
            throw .problems(outcome.problems.sorted { ($0.document ?? "") < ($1.document ?? "") })
        }
        return outcome.warnings
    }
}
