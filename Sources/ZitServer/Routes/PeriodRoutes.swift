import Hummingbird

/// `GET /api/v1/periods`: the reporting periods with the people reached in each.
enum PeriodRoutes {
    static func add(to table: RouteTable) {
        table.on(.get, "/api/v1/periods", needs: .readPeriods) { request, context, access in
            let scope = try await access.scope()
            return try JSONReply.make(
                scope.project.reportingPeriods.map { PeriodJSON($0, facts: scope.facts) }, request: request,
                context: context)
        }
    }
}
