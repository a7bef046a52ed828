import Foundation

/// Where a job is in its life; the raw values are the API's.
public enum JobState: String, Sendable, Codable {
    case queued, running, done, failed, cancelled

    public var isFinished: Bool { self == .done || self == .failed || self == .cancelled }
}

/// What the API shows of a job at one moment.
public struct JobSnapshot: Sendable, Equatable {
    public var id: JobID
    public var owner: String
    /// What the job makes, in the office's words (e.g. "Zaświadczenia").
    public var title: String
    public var state: JobState
    public var done: Int
    public var total: Int
    /// A running job asked to stop: it ends as `cancelled` once its current work is written.
    public var cancelRequested: Bool
    /// Why a job failed, in Polish.
    public var message: String?
    /// The name the ZIP is downloaded under.
    public var resultName: String
    public var createdAt: Date
    public var finishedAt: Date?
    /// When the result is removed.
    public var expiresAt: Date?
}

/// Who asks about a job: its creator sees it, the office sees every job, nobody else learns it exists.
public struct JobViewer: Sendable {
    public var userID: String
    public var seesEveryJob: Bool

    public init(userID: String, seesEveryJob: Bool) {
        self.userID = userID
        self.seesEveryJob = seesEveryJob
    }

    func sees(_ owner: String) -> Bool { seesEveryJob || owner == userID }
}
