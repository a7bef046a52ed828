import Synchronization

/// Failed sign-ins counted per login and per client address; after `failuresBeforeLockout` of
/// either, that login or address is refused for the lock-out's time, even with the right password.
/// Counted for logins that do not exist too, so a lock-out says nothing about which ones do.
final class SignInThrottle: Sendable {
    private struct Record {
        var failures = 0
        var lockedUntil: ContinuousClock.Instant?
    }

    let policy: SignInPolicy
    let clock: ServerClock
    private let records = Mutex<[String: Record]>([:])

    init(policy: SignInPolicy, clock: ServerClock) {
        self.policy = policy
        self.clock = clock
    }

    /// Throws 429 when the login or the address is locked out now.
    func check(login: String, address: String) throws(APIError) {
        let now = clock.now
        let wait: Duration? = records.withLock { records in
            [Self.key(login: login), Self.key(address: address)].compactMap { key -> Duration? in
                guard let until = records[key]?.lockedUntil else { return nil }
                if until <= now {
                    records[key] = nil
                    return nil
                }
                return now.duration(to: until)
            }.max()
        }
        if let wait { throw .tooManyRequests(retryAfter: max(1, Int(wait.components.seconds) + 1)) }
    }

    func recordFailure(login: String, address: String) {
        let now = clock.now
        records.withLock { records in
            if records.count > 10_000 { records = records.filter { $0.value.lockedUntil.map { $0 > now } ?? false } }
            for key in [Self.key(login: login), Self.key(address: address)] {
                var record = records[key, default: Record()]
                record.failures += 1
                if record.failures >= policy.failuresBeforeLockout {
                    record.lockedUntil = now.advanced(by: policy.lockout)
                    record.failures = 0
                }
                records[key] = record
            }
        }
    }

    func recordSuccess(login: String) {
        _ = records.withLock { $0.removeValue(forKey: Self.key(login: login)) }
    }

    private static func key(login: String) -> String { "login:" + login.lowercased() }
    private static func key(address: String) -> String { "address:" + address }
}
