import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ZitServer

/// Every role against every route that makes or changes something: generating documents and
/// reports, jobs, checking an uploaded list, rendering a template. As in `RoleTableTests`, 403 means
/// the role may never use the route and 404 that the resource is not the caller's to see.
@Suite struct ActionRoleTableTests {
    typealias Who = RoleTableTests.Who

    struct Row: Sendable, CustomStringConvertible {
        var method: HTTPRequest.Method
        var path: String
        var body: String
        var expected: [Int]
        var description: String { "\(method) \(path) \(body)" }
    }

    static func rows(_ f: Fixture) -> [Row] {
        let list = "id;imię;nazwisko\n"
        return [
            Row(
                method: .post, path: "/api/v1/generate/attendance", body: #"{"event":"\#(f.eventWB)"}"#,
                expected: [200, 200, 404, 403, 401]),
            Row(
                method: .post, path: "/api/v1/generate/attendance", body: #"{"event":"\#(f.eventJG)"}"#,
                expected: [200, 404, 200, 403, 401]),
            Row(
                method: .post, path: "/api/v1/generate/attendance", body: #"{"event":"NIE-MA"}"#,
                expected: [404, 404, 404, 403, 401]),
            Row(
                method: .post, path: "/api/v1/generate/certificates",
                body: #"{"event":"\#(f.attendedByOnlyJG)","participant":"\#(f.onlyJG)"}"#,
                expected: [200, 404, 200, 403, 401]),
            Row(
                method: .post, path: "/api/v1/generate/progress-report", body: #"{"period":"2025-1"}"#,
                expected: [200, 200, 200, 200, 401]),
            Row(
                method: .post, path: "/api/v1/generate/leader-certificates", body: #"{"participant":"NIE-MA"}"#,
                expected: [404, 403, 403, 403, 401]),
            Row(
                method: .post, path: "/api/v1/generate/archive", body: #"{"period":"NIE-MA"}"#,
                expected: [404, 403, 403, 403, 401]),
            Row(method: .post, path: "/api/v1/generate/archive", body: "{}", expected: [400, 403, 403, 403, 401]),
            Row(method: .get, path: "/api/v1/jobs/0123456789abcdef", body: "", expected: [404, 404, 404, 404, 401]),
            Row(method: .delete, path: "/api/v1/jobs/0123456789abcdef", body: "", expected: [404, 404, 404, 404, 401]),
            Row(
                method: .post, path: "/api/v1/check/participants?format=csv", body: list,
                expected: [200, 403, 403, 403, 401]),
            Row(method: .post, path: "/api/v1/render", body: "{}", expected: [400, 403, 403, 403, 401])
        ]
    }

    @Test func everyRoleMayDoExactlyWhatItsRoleAllows() async throws {
        let project = try TestProject()
        let fixture = try Fixture(folder: project.folder)
        try await project.test { client in
            let credentials = try await RoleTableTests.signInEveryRole(client)
            var mismatches: [String] = []
            for row in Self.rows(fixture) {
                for (index, who) in Who.allCases.enumerated() {
                    let response = try await client.json(
                        row.method, row.path, row.body.isEmpty ? nil : row.body, as: credentials[who])
                    if Int(response.status.code) != row.expected[index] {
                        mismatches.append(
                            "\(who) \(row): \(response.status.code), oczekiwano \(row.expected[index])")
                    }
                    if response.status.code >= 400 {
                        #expect(response.object["code"] is String, "\(who) \(row): błąd bez kodu JSON")
                    }
                }
            }
            #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
        }
    }
}
