import Foundation
import Hummingbird
import ZitDocuments
import ZitProject

/// `POST /api/v1/generate/archive`: a reporting period's archive, as `zitdocs generate archive
/// --period ID` writes it, by the same `PeriodArchive`; always a job, whose result is the ZIP.
/// For the office only: it holds every participant's certificate and the whole register.
public enum ArchiveRoutes {
    struct Body: Decodable {
        var period: String?
    }

    static func add(to table: RouteTable) {
        table.on(.post, "/api/v1/generate/archive", needs: .generateArchive) { request, context, access in
            try await archive(request: request, context: context, access: access)
        }
    }

    static func archive(request: Request, context: ServerContext, access: Access) async throws -> Response {
        let body = try await decodeBody(request, context: context)
        guard let period = body.period, !period.isEmpty else {
            throw APIError.badRequest("period_required", "Podaj okres sprawozdawczy w polu „period” (np. 2025-2).")
        }
        let job = try await startJob(period: period, access: access)
        var response = try JSONReply.make(JobView(job), status: .accepted, request: request, context: context)
        response.headers[.location] = JobView.path(of: job.id)
        return response
    }

    /// Queues the period's archive as a job of the caller's; the API and the web page both start it here.
    public static func startJob(period: String, access: Access) async throws -> JobSnapshot {
        let (facts, _) = try await access.services.project.factsWithoutErrors()
        guard facts.project.period(PeriodID(period)) != nil else {
            throw GenerationProblem.unknownPeriod(period).apiError
        }
        let caller = try access.requireCaller()
        let services = access.services
        try services.generationLimiter.admit(String(caller.accountID))
        let maker = services.documents
        let author = caller.login
        let work = JobWork { context in
            var generator = Generator(
                plans: DocumentPlans(facts), projectFolder: maker.projectFolder,
                templatesFolder: maker.templatesFolder, outputFolder: context.folder, format: .pdf)
            generator.author = author
            let archive = try PeriodArchive(period: PeriodID(period), generator: generator)
            let path = (context.folder as NSString).appendingPathComponent(
                PeriodArchive.fileName(for: PeriodID(period)))
            let total = archive.documentCount
            context.progress.update(0, of: total)
            return try archive.write(to: path) { done, _ in context.progress.update(done, of: total) }.archive
        }
        do {
            return try await services.jobs.submit(
                owner: String(caller.accountID), title: "Archiwum okresu \(period)",
                resultName: "Archiwum-\(period).zip", work: work)
        } catch {
            throw error.apiError
        }
    }

    /// An empty body is answered as one without a period: 400 with the field to fill.
    static func decodeBody(_ request: Request, context: ServerContext) async throws -> Body {
        try await JSONReply.decode(Body.self, from: request, context: context, whenEmpty: Body())
    }
}
