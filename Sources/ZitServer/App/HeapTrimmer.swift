import Synchronization

#if canImport(Glibc)
    import CGlibcMalloc
#endif

/// Gives the heap's free pages back to the system once the server has had nothing to make for a
/// moment. `zitdocs` tells glibc to keep freed memory for the next document (a run is quicker
/// for it), which in a server that lives for weeks would hold its busiest moment's memory for good.
final class HeapTrimmer: Sendable {
    static let shared = HeapTrimmer()
    /// How long without new work before the heap is trimmed.
    static let quiet: Duration = .seconds(1)

    private struct State {
        var lastWork = ContinuousClock.now
        var waiting = false
    }

    private let state = Mutex(State())

    /// glibc gives each thread that allocates at the same time an arena of its own, up to eight
    /// a core, and each keeps what its thread freed: a server's many threads (requests, jobs,
    /// a batch's workers) would spread its busiest moment over all of them. Two are enough for
    /// two cores' work and keep the peak near what the work needs. Called before the server runs.
    static func limitArenas() {
        #if canImport(Glibc)
            _ = mallopt(M_ARENA_MAX, 2)
        #endif
    }

    /// Called when a generation or a job ends.
    func noteWork() {
        let start = state.withLock { state -> Bool in
            state.lastWork = .now
            defer { state.waiting = true }
            return !state.waiting
        }
        guard start else { return }
        Task.detached(priority: .background) { await self.trimWhenQuiet() }
    }

    private func trimWhenQuiet() async {
        while true {
            let since = state.withLock { $0.lastWork }
            let left = Self.quiet - since.duration(to: .now)
            if left > .zero {
                try? await Task.sleep(for: left)
                continue
            }
            let quiet = state.withLock { state -> Bool in
                guard state.lastWork.duration(to: .now) >= Self.quiet else { return false }
                state.waiting = false
                return true
            }
            guard quiet else { continue }
            #if canImport(Glibc)
                _ = malloc_trim(0)
            #endif
            return
        }
    }
}
