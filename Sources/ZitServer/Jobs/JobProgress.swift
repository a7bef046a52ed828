import Synchronization

/// Done and total of a running job, written from the generating thread and read by requests.
public final class JobProgress: Sendable {
    private let counts = Mutex((done: 0, total: 0))

    public init() {}

    public func update(_ done: Int, of total: Int) {
        counts.withLock { $0 = (max($0.done, done), total) }
    }

    public var current: (done: Int, total: Int) { counts.withLock { $0 } }
}
