import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ZitServer

/// Every role against every read route: who gets the resource, who is refused (403: the role may
/// never use the route), and for whom it does not exist (404: a partner's guess at the other
/// partner's ids, so ids cannot be probed).
@Suite struct RoleTableTests {
    enum Who: CaseIterable, Sendable { case office, partnerWB, partnerJG, authority, anonymous }

    struct Row: Sendable, CustomStringConvertible {
        var path: String
        var expected: [Int]
        var description: String { path }
    }

    static func rows(_ f: Fixture) -> [Row] {
        [
            Row(path: "/health", expected: [200, 200, 200, 200, 200]),
            Row(path: "/api/v1/project", expected: [200, 200, 200, 200, 401]),
            Row(path: "/api/v1/periods", expected: [200, 200, 200, 200, 401]),
            Row(path: "/api/v1/session", expected: [200, 200, 200, 200, 401]),
            Row(path: "/api/v1/tokens", expected: [200, 200, 200, 200, 401]),
            Row(path: "/api/v1/events", expected: [200, 200, 200, 403, 401]),
            Row(path: "/api/v1/events/\(f.eventWB)", expected: [200, 200, 404, 403, 401]),
            Row(path: "/api/v1/events/\(f.eventJG)", expected: [200, 404, 200, 403, 401]),
            Row(path: "/api/v1/events/NIE-MA", expected: [404, 404, 404, 403, 401]),
            Row(path: "/api/v1/events/\(f.eventWB)/attendance", expected: [200, 200, 404, 403, 401]),
            Row(path: "/api/v1/events/\(f.eventJG)/attendance", expected: [200, 404, 200, 403, 401]),
            Row(path: "/api/v1/participants", expected: [200, 200, 200, 403, 401]),
            Row(path: "/api/v1/participants/\(f.onlyWB)", expected: [200, 200, 404, 403, 401]),
            Row(path: "/api/v1/participants/\(f.onlyJG)", expected: [200, 404, 200, 403, 401]),
            Row(path: "/api/v1/participants/NIE-MA", expected: [404, 404, 404, 403, 401]),
            Row(path: "/api/v1/register", expected: [200, 200, 200, 403, 401]),
            Row(path: "/api/v1/register/totals", expected: [200, 200, 200, 200, 401]),
            Row(path: "/api/v1/register/entries/\(f.numberWB)", expected: [200, 200, 404, 403, 401]),
            Row(path: "/api/v1/register/entries/\(f.numberJG)", expected: [200, 404, 200, 403, 401]),
            Row(path: "/api/v1/register/entries/\(f.cancelled)", expected: [200, 404, 404, 403, 401]),
            Row(path: "/api/v1/register/export?format=csv", expected: [200, 403, 403, 403, 401]),
            Row(path: "/weryfikacja/\(f.numberWB)", expected: [200, 200, 200, 200, 200])
        ]
    }

    /// A session for every role that signs in; the anonymous caller has none.
    static func signInEveryRole(_ client: any TestClientProtocol) async throws -> [Who: Credentials] {
        var credentials: [Who: Credentials] = [:]
        for (who, login) in [
            (Who.office, TestProject.Login.office), (.partnerWB, .partnerWB), (.partnerJG, .partnerJG),
            (.authority, .authority)
        ] {
            credentials[who] = try await client.signIn(login)
        }
        return credentials
    }

    @Test func everyRoleGetsExactlyWhatItMaySee() async throws {
        let project = try TestProject()
        let fixture = try Fixture(folder: project.folder)
        try await project.test { client in
            let credentials = try await RoleTableTests.signInEveryRole(client)
            var mismatches: [String] = []
            for row in Self.rows(fixture) {
                for (index, who) in Who.allCases.enumerated() {
                    let response = try await client.json(.get, row.path, as: credentials[who])
                    if Int(response.status.code) != row.expected[index] {
                        mismatches.append(
                            "\(who) \(row.path): \(response.status.code), oczekiwano \(row.expected[index])")
                    }
                    if response.status.code >= 400 {
                        #expect(response.object["code"] is String, "\(who) \(row.path): błąd bez kodu JSON")
                    }
                }
            }
            #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
        }
    }

    @Test func aPartnerListsOnlyItsOwnEventsPeopleAndCertificates() async throws {
        let project = try TestProject()
        let fixture = try Fixture(folder: project.folder)
        try await project.test { client in
            let wb = try await client.signIn(.partnerWB)
            let events = try await client.json(.get, "/api/v1/events", as: wb).array
            #expect(!events.isEmpty)
            #expect(events.allSatisfy { $0["organiser"] as? String == "WB" })
            let people = try await client.json(.get, "/api/v1/participants", as: wb).array.compactMap {
                $0["id"] as? String
            }
            #expect(people.contains(fixture.onlyWB))
            #expect(!people.contains(fixture.onlyJG))
            let numbers = try await client.json(.get, "/api/v1/register", as: wb).array.compactMap {
                $0["number"] as? String
            }
            #expect(numbers == [fixture.numberWB])
        }
    }

    @Test func theAuthoritySeesCountsAndNoPersonalData() async throws {
        let project = try TestProject()
        _ = try Fixture(folder: project.folder)
        try await project.test { client in
            let authority = try await client.signIn(.authority)
            let totals = try await client.json(.get, "/api/v1/register/totals", as: authority)
            #expect(totals.object["total"] as? Int == 3)
            #expect(totals.object["issued"] as? Int == 2)
            #expect(totals.object["cancelled"] as? Int == 1)
            let summary = try await client.json(.get, "/api/v1/project", as: authority)
            #expect(summary.object["participants"] is Int)
            #expect(!summary.text.contains("@"))
        }
    }
}
