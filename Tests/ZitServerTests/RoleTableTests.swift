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
    static func rows(_ f: Fixture) -> [RoleTable.Row] {
        [
            RoleTable.Row(path: "/health", expected: [200, 200, 200, 200, 200]),
            RoleTable.Row(path: "/api/v1/project", expected: [200, 200, 200, 200, 401]),
            RoleTable.Row(path: "/api/v1/periods", expected: [200, 200, 200, 200, 401]),
            RoleTable.Row(path: "/api/v1/session", expected: [200, 200, 200, 200, 401]),
            RoleTable.Row(path: "/api/v1/tokens", expected: [200, 200, 200, 200, 401]),
            RoleTable.Row(path: "/api/v1/events", expected: [200, 200, 200, 403, 401]),
            RoleTable.Row(path: "/api/v1/events/\(f.eventWB)", expected: [200, 200, 404, 403, 401]),
            RoleTable.Row(path: "/api/v1/events/\(f.eventJG)", expected: [200, 404, 200, 403, 401]),
            RoleTable.Row(path: "/api/v1/events/NIE-MA", expected: [404, 404, 404, 403, 401]),
            RoleTable.Row(path: "/api/v1/events/\(f.eventWB)/attendance", expected: [200, 200, 404, 403, 401]),
            RoleTable.Row(path: "/api/v1/events/\(f.eventJG)/attendance", expected: [200, 404, 200, 403, 401]),
            RoleTable.Row(path: "/api/v1/participants", expected: [200, 200, 200, 403, 401]),
            RoleTable.Row(path: "/api/v1/participants/\(f.onlyWB)", expected: [200, 200, 404, 403, 401]),
            RoleTable.Row(path: "/api/v1/participants/\(f.onlyJG)", expected: [200, 404, 200, 403, 401]),
            RoleTable.Row(path: "/api/v1/participants/NIE-MA", expected: [404, 404, 404, 403, 401]),
            RoleTable.Row(path: "/api/v1/register", expected: [200, 200, 200, 403, 401]),
            RoleTable.Row(path: "/api/v1/register/totals", expected: [200, 200, 200, 200, 401]),
            RoleTable.Row(path: "/api/v1/register/entries/\(f.numberWB)", expected: [200, 200, 404, 403, 401]),
            RoleTable.Row(path: "/api/v1/register/entries/\(f.numberJG)", expected: [200, 404, 200, 403, 401]),
            RoleTable.Row(path: "/api/v1/register/entries/\(f.cancelled)", expected: [200, 404, 404, 403, 401]),
            RoleTable.Row(path: "/api/v1/register/export?format=csv", expected: [200, 403, 403, 403, 401]),
            RoleTable.Row(path: "/weryfikacja/\(f.numberWB)", expected: [200, 200, 200, 200, 200])
        ]
    }

    @Test func everyRoleGetsExactlyWhatItMaySee() async throws {
        let project = try TestProject()
        let fixture = try Fixture(folder: project.folder)
        try await project.test { client in try await RoleTable.check(Self.rows(fixture), through: client) }
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
