import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ZitServer

/// Every registered route, with every method it has, sent malformed parameters and bodies as a
/// signed-in office worker (the role that reaches the most code): never a 5xx, always a JSON error.
@Suite struct MalformedRequestTests {
    static let parameters = [
        "%FF", "%", "..%2F..%2Fetc%2Fpasswd", "NIE-MA", String(repeating: "x", count: 2000), "%00", "1/2/3"
    ]
    static let bodies: [String?] = [
        nil, "", "{", "null", "[]", #"{"name":123,"login":[],"password":{}}"#, "\u{FEFF}{}",
        String(repeating: "[", count: 5000)
    ]

    @Test func noMalformedRequestGetsA5xx() async throws {
        let project = try TestProject()
        let routes = project.server.routes
        try await project.test { client in
            // A bearer token, so that signing out (one of the routes) does not end the run's session.
            let session = try await client.signIn(.office)
            let token =
                try await client.json(.post, "/api/v1/tokens", #"{"name":"fuzz"}"#, as: session).object["token"]
                as? String
            let office = Credentials(bearer: try #require(token))
            var failures: [String] = []
            var statuses: [Int: Int] = [:]
            for route in routes {
                for parameter in Self.parameters {
                    let path = route.path.replacingOccurrences(
                        of: #"\{[^}]+\}"#, with: parameter, options: .regularExpression)
                    for body in Self.bodies where body == nil || route.method != .get {
                        let response = try await client.json(route.method, path, body, as: office)
                        statuses[Int(response.status.code), default: 0] += 1
                        if response.status.code >= 500 {
                            failures.append(
                                "\(route.method) \(path) \(body ?? "-"): \(response.status.code) \(response.text)")
                        }
                        if response.status.code >= 400, response.object["code"] == nil {
                            failures.append("\(route.method) \(path): błąd bez JSON")
                        }
                    }
                }
            }
            #expect(failures.isEmpty, "\(failures.prefix(10).joined(separator: "\n"))")
            #expect(statuses[401, default: 0] < statuses.values.reduce(0, +) / 4, "\(statuses)")
            #expect(statuses[400, default: 0] > 0 && statuses[404, default: 0] > 0, "\(statuses)")
        }
    }
}
