import Synchronization

/// The server's one clock, for sessions, lock-outs and rate limits. It runs with the system's
/// continuous clock; tests move it forward to see a session expire without waiting.
public struct ServerClock: Clock, Sendable {
    public typealias Instant = ContinuousClock.Instant
    public typealias Duration = Swift.Duration

    private final class Offset: Sendable {
        let value = Mutex<Duration>(.zero)
    }

    private let offset = Offset()

    public init() {}

    public var now: Instant { ContinuousClock.now.advanced(by: offset.value.withLock { $0 }) }
    public var minimumResolution: Duration { ContinuousClock().minimumResolution }

    public func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        let shift = offset.value.withLock { $0 }
        try await ContinuousClock().sleep(until: deadline.advanced(by: .zero - shift), tolerance: tolerance)
    }

    /// Moves the clock forward, as if `duration` had passed.
    public func advance(by duration: Duration) {
        offset.value.withLock { $0 += duration }
    }
}
