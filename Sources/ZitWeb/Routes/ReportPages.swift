import Hummingbird
import ZitDocuments
import ZitPolish
import ZitProject
import ZitServer

/// The progress report of a chosen period and the Forum report, made by the API's generation.
enum ReportPages {
    struct Period: Sendable {
        var id: String
        var nazwa: String
        var zakres: String
    }

    struct View: Sendable {
        /// A partner's report covers only its own tasks and events (`Scope.allowedGeneration`).
        var tylkoWlasne: Bool
        var bezDanychOsobowych: Bool
        var okresy: [Period]
        /// The office may also make a period's archive; the form carries the session's CSRF token.
        var archiwum: Bool
        var csrf: String
    }

    static func add(to table: RouteTable, library: PageLibrary) {
        table.on(.get, "/sprawozdania", needs: .generateReports) { request, context, access in
            let scope = try await access.scope()
            let periods = scope.project.reportingPeriods.map {
                Period(id: $0.id.rawValue, nazwa: $0.name, zakres: PolishDates.range([$0.start, $0.end]))
            }
            return library.page(
                "sprawozdania", title: "Sprawozdania", request: request, context: context,
                content: View(
                    tylkoWlasne: scope.caller.role == .partner, bezDanychOsobowych: scope.caller.role == .authority,
                    okresy: periods, archiwum: Permission.generateArchive.isGranted(to: scope.caller.role),
                    csrf: context.sessions.session?.csrfToken ?? ""))
        }
        table.on(.post, "/sprawozdania/archiwum", needs: .generateArchive, csrf: .formField) { _, _, access in
            guard let period = access.form?.field("okres"), !period.isEmpty else {
                throw APIError.badRequest("period_required", "Wybierz okres sprawozdawczy.")
            }
            let job = try await ArchiveRoutes.startJob(period: period, access: access)
            return seeOther("/zadania/\(job.id.rawValue)")
        }
        table.on(.get, "/sprawozdania/postep", needs: .generateReports) { request, _, access in
            guard let period = request.uri.queryParameters.get("okres"), !period.isEmpty else {
                throw APIError.badRequest("period_required", "Wybierz okres sprawozdawczy.")
            }
            let wanted = GenerationRequest(
                kind: .progressReport, selection: .init(period: PeriodID(period)),
                format: try DocumentFormat.from(request.uri.queryParameters.get("format")), merge: false)
            return DocumentFormat.answer(try await GenerationRoutes.start(wanted, access: access))
        }
        table.on(.get, "/sprawozdania/forum", needs: .generateReports) { request, _, access in
            let wanted = GenerationRequest(
                kind: .forumReport, format: try DocumentFormat.from(request.uri.queryParameters.get("format")),
                merge: false)
            return DocumentFormat.answer(try await GenerationRoutes.start(wanted, access: access))
        }
    }
}
