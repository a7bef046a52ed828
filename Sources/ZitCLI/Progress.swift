import Foundation
import Synchronization

/// A one-line counter on the terminal for long jobs; silent when stderr is a pipe or in CI.
final class Progress: Sendable {
    private let total: Int
    private let totals = Mutex(0)
    private let label: String
    private let enabled: Bool
    private let lastShown = Mutex(0.0)

    init(total: Int, label: String) {
        self.total = total
        self.label = label
        enabled = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
    }

    /// For jobs whose size is known only once they start.
    func update(_ done: Int, of total: Int) {
        guard enabled, total > 1 else { return }
        totals.withLock { $0 = total }
        show(done, total)
    }

    func update(_ done: Int) {
        guard enabled, total > 1 else { return }
        show(done, total)
    }

    private func show(_ done: Int, _ total: Int) {
        let now = Date().timeIntervalSinceReferenceDate
        let show = lastShown.withLock { last in
            guard done == total || now - last > 0.1 else { return false }
            last = now
            return true
        }
        if show { FileHandle.standardError.write(Data("\r\(label): \(done) z \(total)".utf8)) }
    }

    func finish() {
        let shown = totals.withLock { $0 } > 1 || total > 1
        if enabled, shown { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
