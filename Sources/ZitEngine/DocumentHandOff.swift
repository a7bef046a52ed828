import Foundation
import ZitPackage

/// Documents passed from the threads that render them to the one thread that writes them into
/// an archive, in the batch's order. A renderer that finished a document far ahead of the writer
/// waits, so at most `window` documents wait to be written, whatever the batch's size.
///
/// Invariant: every stored property is read and written only with `condition` locked; that lock
/// is what makes the class safe to share between threads.
final class DocumentHandOff: @unchecked Sendable {
    private let condition = NSCondition()
    private let window: Int
    private var waiting: [Int: [UInt8]] = [:]
    /// The document the writer takes next.
    private var next = 0
    /// The batch failed or the writer stopped: documents are dropped and the writer gets nil.
    private var closed = false
    private var writerDone = false
    private var writerError: PackageError?

    init(window: Int) { self.window = max(1, window) }

    /// Waits while `index` is `window` or more documents ahead of the writer.
    func put(_ bytes: [UInt8], at index: Int) {
        condition.lock()
        defer { condition.unlock() }
        while !closed, index >= next + window { condition.wait() }
        guard !closed else { return }
        waiting[index] = bytes
        condition.broadcast()
    }

    /// The documents are taken in order, each once; nil once the batch has failed.
    func take(_ index: Int) -> [UInt8]? {
        condition.lock()
        defer { condition.unlock() }
        while !closed, waiting[index] == nil { condition.wait() }
        guard !closed, let bytes = waiting.removeValue(forKey: index) else { return nil }
        next = index + 1
        condition.broadcast()
        return bytes
    }

    /// No more documents will be written: whoever waits is let go.
    func close() {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        waiting.removeAll()
        condition.broadcast()
    }

    func writerFinished(_ error: PackageError?) {
        condition.lock()
        defer { condition.unlock() }
        writerDone = true
        writerError = error
        if error != nil {
            closed = true
            waiting.removeAll()
        }
        condition.broadcast()
    }

    /// Waits for the writer's end; its error, if it failed.
    func writerOutcome() -> PackageError? {
        condition.lock()
        defer { condition.unlock() }
        while !writerDone { condition.wait() }
        return writerError
    }
}
