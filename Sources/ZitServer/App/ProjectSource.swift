import Foundation
import ZitProject
import ZitRegister

/// The project's data, read again only when one of its files changed (an office worker replaced
/// the participants' list, `check` accepted an upload), so requests never read it each time.
/// Its derived facts are kept with it, and every reading gets a new `version`, by which what was
/// made from the data (documents kept by `DocumentMaker`) is told apart from what the data gives now.
public actor ProjectSource {
    public let folder: String
    private var cached: (stamp: FolderStamp, snapshot: Snapshot)?
    private var readings = 0

    /// The project as read at one moment, with what it takes to use it.
    public struct Snapshot: Sendable {
        public let project: Project?
        public let facts: ProjectFacts?
        public let errors: Int
        /// What `check` warns of, for the office's start page.
        public let warnings: [DataProblem]
        /// Another number whenever the files were read again.
        public let version: Int
    }

    public init(folder: String) {
        self.folder = folder
    }

    /// The project as its files say now; 503 when they cannot be read (the office runs `check`).
    public func current() throws(APIError) -> Project {
        guard let project = snapshot().project else { throw .projectUnreadable }
        return project
    }

    /// The project's facts as its files say now, and the reading's version; 503 as `current()`.
    public func facts() throws(APIError) -> (facts: ProjectFacts, version: Int) {
        let snapshot = snapshot()
        guard let facts = snapshot.facts else { throw .projectUnreadable }
        return (facts, snapshot.version)
    }

    /// As `current()`, for making documents: like `zitdocs generate`, the service makes none from
    /// data that `check` finds errors in (a document would carry the mistake).
    public func withoutErrors() throws(APIError) -> Project {
        let snapshot = snapshot()
        guard snapshot.errors == 0 else { throw .projectHasErrors(snapshot.errors) }
        guard let project = snapshot.project else { throw .projectUnreadable }
        return project
    }

    /// `facts()` for making documents, refused as `withoutErrors()` refuses.
    public func factsWithoutErrors() throws(APIError) -> (facts: ProjectFacts, version: Int) {
        let snapshot = snapshot()
        guard snapshot.errors == 0 else { throw .projectHasErrors(snapshot.errors) }
        guard let facts = snapshot.facts else { throw .projectUnreadable }
        return (facts, snapshot.version)
    }

    /// The warnings `check` gives for the project as its files say now.
    public func warnings() -> [DataProblem] {
        snapshot().warnings
    }

    /// The files are looked at before they are read, so a change while they are read gives
    /// another stamp on the next request, never a stale project kept.
    public func snapshot() -> Snapshot {
        let logo = cached?.snapshot.project?.logo
        let stamp = FolderStamp(folder, also: logo)
        if let cached, cached.stamp == stamp { return cached.snapshot }
        let result = ProjectLoader.load(folder: folder)
        readings += 1
        let snapshot = Snapshot(
            project: result.project, facts: result.project.map { ProjectFacts($0) }, errors: result.errors.count,
            warnings: result.warnings, version: readings)
        // A logo named only now is stamped as it is now: its bytes are read whenever a document
        // is made, so only a later change of it must give another version.
        let logoNow = result.project?.logo
        cached = (logoNow == logo ? stamp : stamp.also(logoNow, in: folder), snapshot)
        return snapshot
    }
}
