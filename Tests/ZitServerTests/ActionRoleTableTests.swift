import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ZitServer

/// Every role against every route that makes or changes something: generating documents and
/// reports, jobs, checking an uploaded list, rendering a template. See `RoleTable` for what
/// 403 and 404 mean.
@Suite struct ActionRoleTableTests {
    static func rows(_ f: Fixture) -> [RoleTable.Row] {
        let list = "id;imię;nazwisko\n"
        return [
            RoleTable.Row(
                method: .post, path: "/api/v1/generate/attendance", body: #"{"event":"\#(f.eventWB)"}"#,
                expected: [200, 200, 404, 403, 401]),
            RoleTable.Row(
                method: .post, path: "/api/v1/generate/attendance", body: #"{"event":"\#(f.eventJG)"}"#,
                expected: [200, 404, 200, 403, 401]),
            RoleTable.Row(
                method: .post, path: "/api/v1/generate/attendance", body: #"{"event":"NIE-MA"}"#,
                expected: [404, 404, 404, 403, 401]),
            RoleTable.Row(
                method: .post, path: "/api/v1/generate/certificates",
                body: #"{"event":"\#(f.attendedByOnlyJG)","participant":"\#(f.onlyJG)"}"#,
                expected: [200, 404, 200, 403, 401]),
            RoleTable.Row(
                method: .post, path: "/api/v1/generate/progress-report", body: #"{"period":"2025-1"}"#,
                expected: [200, 200, 200, 200, 401]),
            RoleTable.Row(
                method: .post, path: "/api/v1/generate/leader-certificates", body: #"{"participant":"NIE-MA"}"#,
                expected: [404, 403, 403, 403, 401]),
            RoleTable.Row(
                method: .post, path: "/api/v1/generate/archive", body: #"{"period":"NIE-MA"}"#,
                expected: [404, 403, 403, 403, 401]),
            RoleTable.Row(
                method: .post, path: "/api/v1/generate/archive", body: "{}", expected: [400, 403, 403, 403, 401]),
            RoleTable.Row(
                method: .get, path: "/api/v1/jobs/0123456789abcdef", body: "", expected: [404, 404, 404, 404, 401]),
            RoleTable.Row(
                method: .delete, path: "/api/v1/jobs/0123456789abcdef", body: "", expected: [404, 404, 404, 404, 401]),
            RoleTable.Row(
                method: .post, path: "/api/v1/check/participants?format=csv", body: list,
                expected: [200, 403, 403, 403, 401]),
            RoleTable.Row(method: .post, path: "/api/v1/render", body: "{}", expected: [400, 403, 403, 403, 401])
        ]
    }

    @Test func everyRoleMayDoExactlyWhatItsRoleAllows() async throws {
        let project = try TestProject()
        let fixture = try Fixture(folder: project.folder)
        try await project.test { client in try await RoleTable.check(Self.rows(fixture), through: client) }
    }
}
