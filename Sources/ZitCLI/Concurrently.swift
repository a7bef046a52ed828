import Dispatch
import Foundation

/// Work started on another core now, its result taken later: a command reads its template
/// while it reads the data, as neither needs the other.
final class Concurrently<Success: Sendable, Failure: Error>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once on the other thread before `done` is signalled, read only after waiting.
    private var result: Result<Success, Failure>?

    init(_ work: @escaping @Sendable () throws(Failure) -> Success) {
        DispatchQueue.global().async {
            self.result = Result(catching: work)
            self.done.signal()
        }
    }

    func value() throws(Failure) -> Success {
        done.wait()
        done.signal()
        return try result!.get()
    }
}
