import Foundation
import Hummingbird

/// A job's state, its cancelling and its result. A job is seen by whoever created it and by the
/// office; to anyone else it does not exist (404).
public enum JobRoutes {
    static func add(to table: RouteTable) {
        table.on(.get, "/api/v1/jobs/{id}", needs: .readJobs) { request, context, access in
            let (id, viewer) = try identify(access)
            guard let job = await access.services.jobs.snapshot(id, for: viewer) else { throw APIError.notFound }
            return try JSONReply.make(JobView(job), request: request, context: context)
        }
        table.on(.delete, "/api/v1/jobs/{id}", needs: .readJobs) { request, context, access in
            let (id, viewer) = try identify(access)
            guard let job = await access.services.jobs.cancel(id, for: viewer) else { throw APIError.notFound }
            return try JSONReply.make(JobView(job), request: request, context: context)
        }
        table.on(.get, "/api/v1/jobs/{id}/result", needs: .readJobs) { _, context, access in
            try await download(access: access, context: context)
        }
    }

    /// The job's ZIP, streamed from its file; 404 for a job the caller may not see, 409 before it is done.
    public static func download(access: Access, context: ServerContext) async throws -> Response {
        let (id, viewer) = try identify(access)
        let jobs = access.services.jobs
        guard let job = await jobs.snapshot(id, for: viewer) else { throw APIError.notFound }
        guard let result = await jobs.result(id, for: viewer) else {
            throw APIError(
                .conflict, code: "job_not_done",
                message: job.state.isFinished
                    ? "To zadanie nie ma wyniku do pobrania (stan: \(job.state.rawValue))."
                    : "Zadanie jeszcze trwa (\(job.done) z \(job.total)); pobierz wynik, gdy jego stan będzie „done”."
            )
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: result.path)[.size] as? Int) ?? nil
        let body = try await FileIO().loadFile(path: result.path, context: context)
        var headers: HTTPFields = [
            .contentType: DocumentTypes.mediaType(of: result.name),
            .contentDisposition: ContentDisposition.attachment(result.name),
            .cacheControl: "no-store"
        ]
        if let size { headers[.contentLength] = String(size) }
        return Response(status: .ok, headers: headers, body: body)
    }

    /// A malformed id is as unknown as a well-formed one nobody has.
    public static func identify(_ access: Access) throws -> (JobID, JobViewer) {
        let caller = try access.requireCaller()
        guard let id = JobID(try access.parameter("id")) else { throw APIError.notFound }
        return (id, JobViewer(userID: String(caller.accountID), seesEveryJob: caller.role == .office))
    }
}
