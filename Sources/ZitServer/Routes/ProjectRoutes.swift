import Hummingbird

/// `GET /api/v1/project`: the derived facts of `zitdocs check`, for every role.
enum ProjectRoutes {
    static func add(to table: RouteTable) {
        table.on(.get, "/api/v1/project", needs: .readSummary) { request, context, access in
            try JSONReply.make(SummaryJSON(try await access.scope().facts), request: request, context: context)
        }
    }
}
