import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ZitServer

/// The table-driven check of the authorisation layer: one request per row, made as every role,
/// and the status each must get. 403 means the role may never use the route, 404 that the
/// resource is not the caller's to see (so a partner cannot probe the other partner's ids).
enum RoleTable {
    enum Who: CaseIterable, Sendable { case office, partnerWB, partnerJG, authority, anonymous }

    struct Row: Sendable, CustomStringConvertible {
        var method: HTTPRequest.Method = .get
        var path: String
        var body: String = ""
        /// One status per `Who`, in its order.
        var expected: [Int]
        var description: String { body.isEmpty ? "\(method) \(path)" : "\(method) \(path) \(body)" }
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

    /// Makes every row's request as every role and records each status that differs from the
    /// table, and each refusal that is not a JSON error with a code.
    static func check(_ rows: [Row], through client: any TestClientProtocol) async throws {
        let credentials = try await signInEveryRole(client)
        var mismatches: [String] = []
        for row in rows {
            for (index, who) in Who.allCases.enumerated() {
                let response = try await client.json(
                    row.method, row.path, row.body.isEmpty ? nil : row.body, as: credentials[who])
                if Int(response.status.code) != row.expected[index] {
                    mismatches.append("\(who) \(row): \(response.status.code), oczekiwano \(row.expected[index])")
                }
                if response.status.code >= 400 {
                    #expect(response.object["code"] is String, "\(who) \(row): błąd bez kodu JSON")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }
}
