import Dispatch
import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import Testing

@testable import ZitServer

/// A clock the tests move by hand.
final class TestClock: Sendable {
    private let moment = Mutex(Date(timeIntervalSince1970: 1_800_000_000))
    var now: Date { moment.withLock { $0 } }
    func advance(_ seconds: TimeInterval) { moment.withLock { $0 += seconds } }
}

/// Work that writes a small ZIP-named file in steps, and can be held until the test lets it go.
final class HeldWork: Sendable {
    let release = DispatchSemaphore(value: 0)
    let started = Mutex(false)
    let steps: Int

    init(steps: Int = 3) { self.steps = steps }

    var work: JobWork {
        JobWork { [self] context in
            started.withLock { $0 = true }
            context.progress.update(1, of: steps)
            release.wait()
            for step in 2...steps { context.progress.update(step, of: steps) }
            let archive = (context.folder as NSString).appendingPathComponent("partia.zip")
            try Data("PK-test".utf8).write(to: URL(fileURLWithPath: archive))
            return archive
        }
    }

    var hasStarted: Bool { started.withLock { $0 } }
}

func temporaryFolder() -> String {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("zit-jobs-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Waits (briefly, by polling) until a condition holds; returns whether it did.
func eventually(_ condition: () async -> Bool) async -> Bool {
    for _ in 0..<500 {
        if await condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return false
}

@Suite struct JobQueueTests {
    let clock = TestClock()
    let data = temporaryFolder()
    let owner = JobViewer(userID: "anna", seesEveryJob: false)

    func makeQueue(workers: Int = 2) -> JobQueue {
        let clock = clock
        return JobQueue(
            folders: JobFolders(dataDirectory: data),
            settings: JobSettings(workers: workers, retention: .seconds(3600)),
            now: { clock.now })
    }

    @Test func aJobGoesFromQueuedThroughRunningToDoneWithItsProgressReachingTheTotal() async throws {
        let queue = makeQueue()
        let runner = Task { try await queue.run() }
        let held = HeldWork(steps: 4)
        let job = try await queue.submit(
            owner: "anna", title: "Zaświadczenia", resultName: "Zaświadczenia.zip", work: held.work)
        #expect(job.state == .queued)
        #expect(await eventually { await queue.snapshot(job.id, for: owner)?.done == 1 })
        let running = try #require(await queue.snapshot(job.id, for: owner))
        #expect(running.state == .running)
        #expect((running.done, running.total) == (1, 4))
        #expect(await queue.result(job.id, for: owner) == nil)
        held.release.signal()
        #expect(await eventually { await queue.snapshot(job.id, for: owner)?.state == .done })
        let done = try #require(await queue.snapshot(job.id, for: owner))
        #expect((done.done, done.total) == (4, 4))
        let result = try #require(await queue.result(job.id, for: owner))
        #expect(result.name == "Zaświadczenia.zip")
        #expect(try String(contentsOfFile: result.path, encoding: .utf8) == "PK-test")
        #expect(!FileManager.default.fileExists(atPath: JobFolders(dataDirectory: data).workFolder(of: job.id)))
        await queue.stop()
        try await runner.value
    }

    @Test func onlyTheCreatorAndTheOfficeSeeAJob() async throws {
        let queue = makeQueue()
        let job = try await queue.submit(owner: "anna", title: "t", resultName: "t.zip", work: HeldWork().work)
        #expect(await queue.snapshot(job.id, for: JobViewer(userID: "jan", seesEveryJob: false)) == nil)
        #expect(await queue.cancel(job.id, for: JobViewer(userID: "jan", seesEveryJob: false)) == nil)
        #expect(await queue.snapshot(job.id, for: JobViewer(userID: "biuro", seesEveryJob: true)) != nil)
        #expect(await queue.snapshot(job.id, for: owner)?.state == .queued)
    }

    @Test func aQueuedJobIsDroppedWhenCancelledAndNeverRuns() async throws {
        let queue = makeQueue(workers: 1)
        let runner = Task { try await queue.run() }
        let first = HeldWork()
        let second = HeldWork()
        let running = try await queue.submit(owner: "anna", title: "1", resultName: "1.zip", work: first.work)
        let waiting = try await queue.submit(owner: "anna", title: "2", resultName: "2.zip", work: second.work)
        #expect(await eventually { first.hasStarted })
        #expect(await queue.snapshot(waiting.id, for: owner)?.state == .queued)
        #expect(await queue.cancel(waiting.id, for: owner)?.state == .cancelled)
        first.release.signal()
        #expect(await eventually { await queue.snapshot(running.id, for: owner)?.state == .done })
        #expect(!second.hasStarted)
        await queue.stop()
        try await runner.value
    }

    @Test func aRunningJobAskedToStopEndsCancelledWithoutAResult() async throws {
        let queue = makeQueue()
        let runner = Task { try await queue.run() }
        let held = HeldWork()
        let job = try await queue.submit(owner: "anna", title: "1", resultName: "1.zip", work: held.work)
        #expect(await eventually { held.hasStarted })
        let asked = try #require(await queue.cancel(job.id, for: owner))
        #expect(asked.state == .running && asked.cancelRequested)
        held.release.signal()
        #expect(await eventually { await queue.snapshot(job.id, for: owner)?.state == .cancelled })
        #expect(await queue.result(job.id, for: owner) == nil)
        #expect(!FileManager.default.fileExists(atPath: JobFolders(dataDirectory: data).folder(of: job.id)))
        await queue.stop()
        try await runner.value
    }

    @Test func aFailedJobSaysWhyInPolish() async throws {
        let queue = makeQueue()
        let runner = Task { try await queue.run() }
        let job = try await queue.submit(
            owner: "anna", title: "1", resultName: "1.zip",
            work: JobWork { _ in
                throw JobFailure("Brak szablonu zaswiadczenie.docx.")
            })
        #expect(await eventually { await queue.snapshot(job.id, for: owner)?.state == .failed })
        #expect(await queue.snapshot(job.id, for: owner)?.message == "Brak szablonu zaswiadczenie.docx.")
        await queue.stop()
        try await runner.value
    }

    @Test func resultsAreRemovedByTheSweepOnceTheirTimeIsUp() async throws {
        let queue = makeQueue()
        let runner = Task { try await queue.run() }
        let held = HeldWork()
        held.release.signal()
        let job = try await queue.submit(owner: "anna", title: "1", resultName: "1.zip", work: held.work)
        #expect(await eventually { await queue.snapshot(job.id, for: owner)?.state == .done })
        let path = try #require(await queue.result(job.id, for: owner)).path
        clock.advance(3599)
        #expect(await queue.sweep() == 0)
        #expect(FileManager.default.fileExists(atPath: path))
        clock.advance(2)
        #expect(await queue.sweep() == 1)
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(await queue.snapshot(job.id, for: owner) == nil)
        await queue.stop()
        try await runner.value
    }

    @Test func stoppingDropsQueuedJobsLetsTheRunningOneFinishAndRefusesNewOnes() async throws {
        let queue = makeQueue(workers: 1)
        let runner = Task { try await queue.run() }
        let first = HeldWork()
        let running = try await queue.submit(owner: "anna", title: "1", resultName: "1.zip", work: first.work)
        let waiting = try await queue.submit(owner: "anna", title: "2", resultName: "2.zip", work: HeldWork().work)
        #expect(await eventually { first.hasStarted })
        await queue.stop()
        #expect(await queue.snapshot(waiting.id, for: owner)?.state == .cancelled)
        await #expect(throws: JobQueue.Refusal.shuttingDown) {
            try await queue.submit(owner: "anna", title: "3", resultName: "3.zip", work: HeldWork().work)
        }
        first.release.signal()
        try await runner.value
        #expect(await queue.snapshot(running.id, for: owner)?.state == .done)
    }

    @Test func leftoversOfAStoppedServerAreRemovedOnStart() throws {
        let folders = JobFolders(dataDirectory: data)
        let leftover = (folders.root as NSString).appendingPathComponent("0123456789abcdef0123456789abcdef/praca")
        try FileManager.default.createDirectory(atPath: leftover, withIntermediateDirectories: true)
        FileManager.default.createFile(
            atPath: (leftover as NSString).appendingPathComponent("zaswiadczenia.zip"), contents: Data("PK".utf8))
        _ = makeQueue()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folders.root).isEmpty)
    }

    @Test func aGracefulShutdownOfTheServiceGroupLetsTheRunningJobFinishAndDropsTheQueuedOne() async throws {
        let queue = makeQueue(workers: 1)
        let group = ServiceGroup(configuration: .init(services: [queue], logger: Logger(label: "test")))
        let runner = Task { try await group.run() }
        let first = HeldWork()
        let running = try await queue.submit(owner: "anna", title: "1", resultName: "1.zip", work: first.work)
        let waiting = try await queue.submit(owner: "anna", title: "2", resultName: "2.zip", work: HeldWork().work)
        #expect(await eventually { first.hasStarted })
        await group.triggerGracefulShutdown()
        #expect(await eventually { await queue.snapshot(waiting.id, for: owner)?.state == .cancelled })
        #expect(await queue.snapshot(running.id, for: owner)?.state == .running)
        first.release.signal()
        try await runner.value
        #expect(await queue.snapshot(running.id, for: owner)?.state == .done)
        let result = try #require(await queue.result(running.id, for: owner))
        #expect(FileManager.default.fileExists(atPath: result.path))
    }
}
