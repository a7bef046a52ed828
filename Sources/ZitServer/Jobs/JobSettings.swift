import Foundation

/// How many jobs run at once and how long their results are kept.
public struct JobSettings: Sendable {
    /// Jobs running at the same time; the rest wait in the queue.
    public var workers: Int
    /// How long a finished job's result can be downloaded.
    public var retention: Duration
    /// How often expired results are removed.
    public var sweepInterval: Duration
    /// Jobs waiting at most; a request past this is refused rather than queued without end.
    public var queueLimit: Int

    public init(
        workers: Int = max(1, ProcessInfo.processInfo.activeProcessorCount), retention: Duration = .seconds(3600),
        sweepInterval: Duration = .seconds(60), queueLimit: Int = 100
    ) {
        self.workers = max(1, workers)
        self.retention = retention
        self.sweepInterval = sweepInterval
        self.queueLimit = queueLimit
    }
}

extension Duration {
    var timeInterval: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
