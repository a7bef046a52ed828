import Hummingbird

/// Events the caller sees (`Scope`), one event, and its attendance list.
enum EventRoutes {
    static func add(to table: RouteTable) {
        table.on(.get, "/api/v1/events", needs: .readEvents) { request, context, access in
            let scope = try await access.scope()
            return try JSONReply.make(
                scope.visibleEvents.map { EventJSON($0, facts: scope.facts) }, request: request, context: context)
        }
        table.on(.get, "/api/v1/events/{id}", needs: .readEvents) { request, context, access in
            let scope = try await access.scope()
            let event = try scope.event(try access.parameter("id"))
            return try JSONReply.make(
                EventJSON(event, facts: scope.facts, detailed: true), request: request, context: context)
        }
        table.on(.get, "/api/v1/events/{id}/attendance", needs: .readParticipants) { request, context, access in
            let scope = try await access.scope()
            let event = try scope.event(try access.parameter("id"))
            let rows = scope.project.attendance.filter { $0.event == event.id }.map(AttendanceJSON.init)
            return try JSONReply.make(rows, request: request, context: context)
        }
    }
}
