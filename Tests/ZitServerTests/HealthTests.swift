import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ZitServer

@Suite struct HealthTests {
    @Test func healthAnswersWithTheSecurityHeaders() async throws {
        let project = try TestProject()
        try await project.test { client in
            let response = try await client.json(.get, "/health")
            #expect(response.status == .ok)
            #expect(response.object["status"] as? String == "ok")
            #expect(response.object["project"] as? String == "readable")
            #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            #expect(response.headers[.init("X-Content-Type-Options")!] == "nosniff")
        }
    }

    @Test func anUnknownRouteIsAJSONError() async throws {
        let project = try TestProject()
        try await project.test { client in
            let response = try await client.json(.get, "/api/v1/nic-takiego")
            #expect(response.status == .notFound)
            #expect(response.object["code"] as? String == "not_found")
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
        }
    }
}
