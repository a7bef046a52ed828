import Foundation
import ServiceLifecycle

/// Jobs waiting and running: a fixed number of workers take them in order, so a burst of requests
/// queues instead of starting a thread each. Run as a `Service`: on graceful shutdown it takes no
/// new job, drops the queued ones (marked cancelled) and returns once the running ones are written.
public actor JobQueue: Service {
    public enum Refusal: Error, Sendable {
        case shuttingDown
        case full
    }

    private struct Record {
        var snapshot: JobSnapshot
        var work: JobWork?
        let progress = JobProgress()
    }

    private var records: [JobID: Record] = [:]
    private var pending: [JobID] = []
    private var idleWorkers: [CheckedContinuation<JobID?, Never>] = []
    private var stopping = false
    public nonisolated let folders: JobFolders
    private let settings: JobSettings
    private let now: @Sendable () -> Date

    /// Clears what a previous run of the server left in the jobs' folder; a folder that cannot be
    /// made shows as each job's failure, with the reason.
    public init(
        folders: JobFolders, settings: JobSettings = JobSettings(), now: @escaping @Sendable () -> Date = { Date() }
    ) {
        folders.clearLeftovers()
        self.folders = folders
        self.settings = settings
        self.now = now
    }

    public func submit(owner: String, title: String, resultName: String, work: JobWork) throws(Refusal) -> JobSnapshot {
        guard !stopping else { throw .shuttingDown }
        guard pending.count < settings.queueLimit else { throw .full }
        var id = JobID.random()
        while records[id] != nil { id = JobID.random() }
        let snapshot = JobSnapshot(
            id: id, owner: owner, title: title, state: .queued, done: 0, total: 0, cancelRequested: false, message: nil,
            resultName: resultName, createdAt: now(), finishedAt: nil, expiresAt: nil)
        records[id] = Record(snapshot: snapshot, work: work)
        if idleWorkers.isEmpty {
            pending.append(id)
        } else {
            idleWorkers.removeFirst().resume(returning: id)
        }
        return snapshot
    }

    /// Nil for a job that does not exist or that the viewer may not see: the two look the same.
    public func snapshot(_ id: JobID, for viewer: JobViewer) -> JobSnapshot? {
        guard let record = records[id], viewer.sees(record.snapshot.owner) else { return nil }
        var snapshot = record.snapshot
        if snapshot.state == .running {
            (snapshot.done, snapshot.total) = record.progress.current
        }
        return snapshot
    }

    /// A queued job is dropped at once; a running one ends as cancelled once its documents are written
    /// (see `finish`), and its result is not kept.
    public func cancel(_ id: JobID, for viewer: JobViewer) -> JobSnapshot? {
        guard let record = records[id], viewer.sees(record.snapshot.owner) else { return nil }
        switch record.snapshot.state {
        case .queued:
            pending.removeAll { $0 == id }
            end(id, as: .cancelled, message: nil)
        case .running:
            records[id]?.snapshot.cancelRequested = true
        case .done:
            folders.remove(id)
            end(id, as: .cancelled, message: nil)
        case .failed, .cancelled:
            break
        }
        return snapshot(id, for: viewer)
    }

    /// The finished ZIP's path and download name; nil until the job is done.
    public func result(_ id: JobID, for viewer: JobViewer) -> (path: String, name: String)? {
        guard let snapshot = snapshot(id, for: viewer), snapshot.state == .done else { return nil }
        return (folders.result(of: id), snapshot.resultName)
    }

    /// Forgets finished jobs whose time is up and removes their files; returns how many.
    @discardableResult
    public func sweep() -> Int {
        let moment = now()
        let expired = records.values.filter { record in record.snapshot.expiresAt.map { $0 <= moment } ?? false }
            .map(\.snapshot.id)
        for id in expired {
            folders.remove(id)
            records[id] = nil
        }
        return expired.count
    }

    public func run() async throws {
        let sweeper = Task { [settings] in
            while !Task.isCancelled {
                try? await Task.sleep(for: settings.sweepInterval)
                self.sweep()
            }
        }
        await withTaskCancellationHandler {
            await withGracefulShutdownHandler {
                await withDiscardingTaskGroup { group in
                    for _ in 0..<settings.workers {
                        group.addTask { await self.work() }
                    }
                }
            } onGracefulShutdown: {
                Task { await self.stop() }
            }
        } onCancel: {
            Task { await self.stop() }
        }
        sweeper.cancel()
    }

    /// No new jobs; the queued ones are dropped; running ones go on to their end.
    public func stop() {
        stopping = true
        for id in pending {
            end(
                id, as: .cancelled, message: "Serwer został zatrzymany, zanim zadanie się rozpoczęło. Zleć je ponownie."
            )
        }
        pending.removeAll()
        for worker in idleWorkers { worker.resume(returning: nil) }
        idleWorkers.removeAll()
    }

    private func work() async {
        while let id = await next() {
            guard let (work, context) = start(id) else { continue }
            let outcome = await Self.onOwnThread { try work.run(context) }
            finish(id, outcome)
            HeapTrimmer.shared.noteWork()
        }
    }

    private func next() async -> JobID? {
        if stopping { return nil }
        if !pending.isEmpty { return pending.removeFirst() }
        return await withCheckedContinuation { idleWorkers.append($0) }
    }

    private func start(_ id: JobID) -> (JobWork, JobContext)? {
        guard let record = records[id], record.snapshot.state == .queued, let work = record.work else { return nil }
        do {
            let folder = try folders.makeWorkFolder(for: id)
            records[id]?.snapshot.state = .running
            records[id]?.work = nil
            return (work, JobContext(folder: folder, progress: record.progress))
        } catch {
            end(id, as: .failed, message: "Nie udało się utworzyć folderu zadania (\(error.localizedDescription)).")
            return nil
        }
    }

    private func finish(_ id: JobID, _ outcome: Result<String, any Error>) {
        guard let record = records[id] else { return }
        let (done, total) = record.progress.current
        records[id]?.snapshot.done = done
        records[id]?.snapshot.total = total
        if record.snapshot.cancelRequested {
            folders.remove(id)
            end(id, as: .cancelled, message: nil)
            return
        }
        switch outcome {
        case .success(let archive):
            do {
                try folders.publish(archive, of: id)
                end(id, as: .done, message: nil)
            } catch {
                folders.remove(id)
                end(id, as: .failed, message: "\(error)")
            }
        case .failure(let error):
            folders.remove(id)
            end(id, as: .failed, message: "\(error)")
        }
    }

    private func end(_ id: JobID, as state: JobState, message: String?) {
        let moment = now()
        records[id]?.snapshot.state = state
        records[id]?.snapshot.message = message
        records[id]?.snapshot.finishedAt = moment
        records[id]?.snapshot.expiresAt = moment.addingTimeInterval(settings.retention.timeInterval)
        records[id]?.work = nil
    }

    /// Generating blocks on files and SQLite, so it runs off the concurrency pool, whose few
    /// threads serve every request; the workers' number bounds how many such threads there are.
    public static func onOwnThread<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async -> Result<
        Value, any Error
    > {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: Result(catching: body))
            }
        }
    }
}
