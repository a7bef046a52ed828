import Synchronization

/// At most `limit` requests per key (a client address) in a sliding window.
public final class RateLimiter: Sendable {
    let limit: Int
    let window: Duration
    let clock: ServerClock
    private let recent = Mutex<[String: [ContinuousClock.Instant]]>([:])

    public init(limit: Int, window: Duration, clock: ServerClock) {
        self.limit = limit
        self.window = window
        self.clock = clock
    }

    /// Counts one request; throws 429 with the seconds to wait when the key is over its limit.
    public func admit(_ key: String) throws(APIError) {
        let now = clock.now
        let wait: Duration? = recent.withLock { recent in
            if recent.count > 10_000 { recent = recent.filter { $0.value.last.map { now - $0 < window } ?? false } }
            var times = recent[key, default: []].filter { now - $0 < window }
            defer { recent[key] = times }
            guard times.count < limit else { return window - (now - times[0]) }
            times.append(now)
            return nil
        }
        if let wait { throw .tooManyRequests(retryAfter: max(1, Int(wait.components.seconds) + 1)) }
    }
}
