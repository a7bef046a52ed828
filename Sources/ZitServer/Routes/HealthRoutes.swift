import Foundation
import Hummingbird

/// `GET /health`: the server answers and can read its project.
enum HealthRoutes {
    struct Health: Codable, ResponseEncodable {
        var status: String
        var project: String
    }

    static func add(to table: RouteTable) {
        table.on(.get, "/health", needs: .open) { request, context, access in
            let readable = (try? await access.services.project.current()) != nil
            return try JSONReply.make(
                Health(status: "ok", project: readable ? "readable" : "unreadable"), request: request, context: context)
        }
    }
}
