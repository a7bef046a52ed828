import Hummingbird

/// Participants the caller sees (`Scope`): the office all, a partner those of its events.
enum ParticipantRoutes {
    static func add(to table: RouteTable) {
        table.on(.get, "/api/v1/participants", needs: .readParticipants) { request, context, access in
            let scope = try await access.scope()
            return try JSONReply.make(
                scope.visibleParticipants.map { ParticipantJSON($0, scope: scope) }, request: request, context: context)
        }
        table.on(.get, "/api/v1/participants/{id}", needs: .readParticipants) { request, context, access in
            let scope = try await access.scope()
            let participant = try scope.participant(try access.parameter("id"))
            return try JSONReply.make(
                ParticipantJSON(participant, scope: scope, detailed: true), request: request, context: context)
        }
    }
}
