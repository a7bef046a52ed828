import Foundation

/// A job as the API shows it.
struct JobView: Codable, Sendable {
    var id: String
    var title: String
    var state: JobState
    var done: Int
    var total: Int
    var cancelRequested: Bool
    var message: String?
    var createdAt: String
    var finishedAt: String?
    var expiresAt: String?
    /// Where the ZIP is, once the job is done.
    var result: String?

    init(_ job: JobSnapshot) {
        id = job.id.rawValue
        title = job.title
        state = job.state
        done = job.done
        total = job.total
        cancelRequested = job.cancelRequested
        message = job.message
        createdAt = Self.format(job.createdAt)
        finishedAt = job.finishedAt.map(Self.format)
        expiresAt = job.expiresAt.map(Self.format)
        result = job.state == .done ? Self.path(of: job.id) + "/result" : nil
    }

    static func path(of id: JobID) -> String { "/api/v1/jobs/\(id.rawValue)" }

    static func format(_ date: Date) -> String {
        ISO8601DateFormatter.string(
            from: date, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withInternetDateTime])
    }
}
