import Synchronization

/// Bearer tokens found valid a moment ago, so a script's every request is not a look-up in the
/// accounts' table. Each is kept for `lifetime` only: a token revoked or an account disabled by
/// the `user` command (another process) stops working within it; one revoked through the server,
/// or a password changed, empties the whole store at once.
final class RecentTokens: Sendable {
    static let lifetime: Duration = .seconds(2)
    private static let capacity = 1_000

    private struct Kept {
        var caller: Caller
        var until: ContinuousClock.Instant
    }

    let clock: ServerClock
    private let kept = Mutex<[String: Kept]>([:])

    init(clock: ServerClock) {
        self.clock = clock
    }

    func caller(digest: String) -> Caller? {
        let now = clock.now
        return kept.withLock { kept in
            guard let known = kept[digest] else { return nil }
            guard now < known.until else {
                kept[digest] = nil
                return nil
            }
            return known.caller
        }
    }

    func keep(_ caller: Caller, digest: String) {
        let until = clock.now.advanced(by: Self.lifetime)
        kept.withLock { kept in
            if kept.count >= Self.capacity { kept.removeAll() }
            kept[digest] = Kept(caller: caller, until: until)
        }
    }

    func forget() {
        kept.withLock { $0.removeAll() }
    }
}
