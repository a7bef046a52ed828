import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import ZitServer

@Suite struct HostileRequestTests {
    @Test func aBodyOverTheLimitIs413JSON() async throws {
        let project = try TestProject { $0.bodyLimit = 1024 }
        try await project.test { client in
            let body = #"{"login":"biuro","password":""# + String(repeating: "x", count: 4096) + #""}"#
            let response = try await client.json(.post, "/api/v1/session", body)
            #expect(response.status == .contentTooLarge)
            #expect(response.object["code"] as? String == "body_too_large")
        }
    }

    @Test func malformedJSONAndWrongTypesAre400JSON() async throws {
        let project = try TestProject()
        try await project.test { client in
            for body in [#"{"login":"biuro","#, #"{"login":1,"password":true}"#, "[]", "", "\u{FF}"] {
                let response = try await client.json(.post, "/api/v1/session", body)
                #expect(response.status == .badRequest, "\(body)")
                #expect(response.object["code"] as? String == "bad_json", "\(body)")
            }
        }
    }

    @Test func badPercentEncodingIs400AndNeverA5xx() async throws {
        let project = try TestProject()
        try await project.test { client in
            let office = try await client.signIn(.office)
            for path in [
                "/api/v1/events/%E0%A4%A", "/api/v1/participants/%ZZ", "/weryfikacja/%C3%28",
                "/api/v1/register/entries/%"
            ] {
                let response = try await client.json(.get, path, as: office)
                #expect(response.status == .badRequest, "\(path)")
                #expect(response.object["code"] as? String == "bad_path", "\(path)")
            }
            for path in [
                "/api/v1/tokens/abc", "/api/v1/events/../../etc/passwd", "/weryfikacja/",
                "/api/v1/register/export?format=exe"
            ] {
                let method: HTTPRequest.Method = path.hasPrefix("/api/v1/tokens") ? .delete : .get
                let response = try await client.json(
                    method, path, as: Credentials(cookie: office.cookie, csrf: office.csrf))
                #expect((400..<500).contains(response.status.code), "\(path): \(response.status)")
            }
        }
    }
}
