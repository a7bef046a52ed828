import Foundation
import Hummingbird
import ZitDocuments
import ZitProject

/// `POST /api/v1/generate/{kind}`: what `zitdocs generate KIND` makes, by the same generator.
/// One document (one selected, or `merge`) comes back in the response; a batch becomes a job
/// (202 with its Location), whose result is the batch's ZIP.
public enum GenerationRoutes {
    struct Body: Decodable {
        var event: String?
        var participant: String?
        var period: String?
        var format: String?
        var merge: Bool?
    }

    static func add(to table: RouteTable) {
        for kind in DocumentKind.allCases {
            let permission: Permission =
                kind == .forumReport || kind == .progressReport ? .generateReports : .generateDocuments
            table.on(.post, "/api/v1/generate/\(kind.rawValue)", needs: permission) { request, context, access in
                try await generate(kind, request: request, context: context, access: access)
            }
        }
    }

    static func generate(_ kind: DocumentKind, request: Request, context: ServerContext, access: Access) async throws
        -> Response
    {
        _ = try await access.services.project.factsWithoutErrors()
        let body = try await decodeBody(request, context: context)
        guard let format = Generator.Format(rawValue: body.format ?? "docx") else {
            throw APIError.badRequest("bad_format", "Pole „format” musi mieć wartość docx, odt lub pdf.")
        }
        let wanted = GenerationRequest(
            kind: kind,
            selection: DocumentPlans.Selection(
                event: body.event.map { EventID($0) }, participant: body.participant.map { ParticipantID($0) },
                period: body.period.map { PeriodID($0) }),
            format: format, merge: body.merge ?? false)
        switch try await start(wanted, access: access) {
        case .document(let response):
            return response
        case .job(let job):
            var response = try JSONReply.make(JobView(job), status: .accepted, request: request, context: context)
            response.headers[.location] = JobView.path(of: job.id)
            return response
        }
    }

    /// What a generation request starts: one document, answered at once, or a batch job.
    public enum Started: Sendable {
        case document(Response)
        case job(JobSnapshot)
    }

    /// The one way documents are asked for, by the API and the page alike: the caller's scope
    /// allows them, the rate limit admits them, then the generator makes them. A batch's job is
    /// called `title`, or by the documents' kind.
    public static func start(_ asked: GenerationRequest, access: Access, title: String? = nil) async throws
        -> Started
    {
        let (facts, version) = try await access.services.project.factsWithoutErrors()
        let scope = Scope(caller: try access.requireCaller(), facts: facts, projectVersion: version)
        let wanted = try scope.allowedGeneration(asked)
        let services = access.services
        try services.generationLimiter.admit(String(scope.caller.accountID))
        let plan: DocumentMaker.Plan
        do {
            plan = try services.documents.plan(wanted, facts: scope.facts, projectVersion: scope.projectVersion)
        } catch {
            throw error.apiError
        }
        if plan.isSingleFile {
            return .document(try await single(plan, author: scope.caller.login, services: services))
        }
        do {
            return .job(
                try await services.jobs.submit(
                    owner: String(scope.caller.accountID), title: title ?? wanted.kind.polishName,
                    resultName: plan.archiveName,
                    work: services.documents.job(for: plan, author: scope.caller.login)))
        } catch {
            throw error.apiError
        }
    }

    /// A .docx or .odt is made in memory (a document is tens of kilobytes); a PDF or a merged
    /// document is made in a folder of its own under the data folder, which goes once it is read.
    static func single(_ plan: DocumentMaker.Plan, author: String, services: Services) async throws -> Response {
        defer { HeapTrimmer.shared.noteWork() }
        let maker = services.documents
        if let kept = maker.keptCertificate(for: plan, author: author) {
            return document(kept.bytes, plan: plan)
        }
        let folder = services.scratch.newFolder()
        defer { services.scratch.remove(folder) }
        let outcome = await JobQueue.onOwnThread { () throws -> [UInt8] in
            let made = try maker.make(plan, into: folder, author: author, inMemory: true)
            if let document = made.document { return document.bytes }
            guard let file = made.files.first else { throw JobFailure("Nie utworzono dokumentu.") }
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        }
        let bytes: [UInt8]
        do {
            bytes = try outcome.get()
        } catch {
            throw APIError(.unprocessableContent, code: "generation_failed", message: "\(error)")
        }
        return document(bytes, plan: plan)
    }

    static func document(_ bytes: [UInt8], plan: DocumentMaker.Plan) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: DocumentTypes.mediaType(of: plan.displayName),
                .contentDisposition: ContentDisposition.attachment(plan.displayName),
                .cacheControl: "no-store"
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// An empty body asks for everything of the kind, in .docx.
    static func decodeBody(_ request: Request, context: ServerContext) async throws -> Body {
        try await JSONReply.decode(Body.self, from: request, context: context, whenEmpty: Body())
    }
}

extension GenerationProblem {
    public var apiError: APIError {
        switch self {
        case .unknownEvent, .unknownParticipant, .unknownPeriod:
            APIError(.notFound, code: "not_found", message: message)
        case .nothingSelected: APIError(.unprocessableContent, code: "nothing_selected", message: message)
        }
    }
}

extension JobQueue.Refusal {
    public var apiError: APIError {
        switch self {
        case .shuttingDown:
            APIError(
                .serviceUnavailable, code: "shutting_down",
                message: "Serwer jest zatrzymywany i nie przyjmuje nowych zadań; spróbuj za chwilę.")
        case .full:
            APIError(
                .serviceUnavailable, code: "queue_full",
                message: "Kolejka zadań jest pełna; spróbuj ponownie za kilka minut.", headers: [.retryAfter: "60"])
        }
    }
}
