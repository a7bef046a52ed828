#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Idle read handles of one `Package`, so that concurrent `read` calls each get a handle of
/// their own (libzip handles are single-threaded) without re-parsing the central directory
/// on every call. Only the list is locked; decompression runs outside the lock.
///
/// A pthread mutex rather than `Synchronization.Mutex` because the package still declares
/// macOS 14, where `Mutex` is unavailable.
final class HandlePool: @unchecked Sendable {
    /// Handles beyond this many idle ones are closed: a burst of readers should not pin
    /// memory for the lifetime of the package.
    private static let maxIdle = 8
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private var idle: [ZipHandle] = []

    init(first: ZipHandle) {
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
        idle = [first]
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    func take() -> ZipHandle? {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return idle.popLast()
    }

    func giveBack(_ handle: ZipHandle) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if idle.count < Self.maxIdle { idle.append(handle) }
    }
}
