import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import Yams
@testable import ZitServer

/// API/openapi.yaml, as far as the tests read it: each path's operations and their status codes.
struct OpenAPIDocument {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("API/openapi.yaml").path

    /// "GET /api/v1/events/{id}" → documented status codes.
    let operations: [String: Set<Int>]
    let permissions: [String: String]

    init() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        guard let root = try Yams.load(yaml: text) as? [String: Any], let paths = root["paths"] as? [String: Any] else {
            throw FixtureFailure()
        }
        var operations: [String: Set<Int>] = [:]
        var permissions: [String: String] = [:]
        for (path, item) in paths {
            for (method, operation) in item as? [String: Any] ?? [:] {
                guard let operation = operation as? [String: Any], let responses = operation["responses"] as? [AnyHashable: Any] else { continue }
                let key = "\(method.uppercased()) \(path)"
                operations[key] = Set(responses.keys.compactMap { Int("\($0)") })
                permissions[key] = operation["x-permission"] as? String
            }
        }
        self.operations = operations
        self.permissions = permissions
    }

    /// The documented statuses of the operation a concrete request path falls under. A `{number}`
    /// parameter takes the rest of the path (certificate numbers hold slashes).
    func statuses(_ method: HTTPRequest.Method, _ requestPath: String) -> Set<Int>? {
        let path = requestPath.split(separator: "?").first.map(String.init) ?? requestPath
        let given = path.split(separator: "/", omittingEmptySubsequences: false)
        for (key, statuses) in operations {
            let parts = key.split(separator: " ", maxSplits: 1)
            guard parts[0] == method.rawValue else { continue }
            let template = parts[1].split(separator: "/", omittingEmptySubsequences: false)
            var matches = true
            for (index, segment) in template.enumerated() {
                if segment == "{number}" {
                    matches = matches && given.count > index
                    break
                }
                if index == template.count - 1 && given.count != template.count { matches = false }
                guard index < given.count else { matches = false; break }
                if !(segment.hasPrefix("{") || segment == given[index]) { matches = false }
            }
            if matches { return statuses }
        }
        return nil
    }
}

@Suite struct OpenAPITests {
    @Test func everyRouteIsDocumentedAndEveryDocumentedRouteExists() throws {
        let document = try OpenAPIDocument()
        let project = try TestProject()
        defer { project.remove() }
        let registered = Set(project.server.routes.map { "\($0.method.rawValue) \($0.path)" })
        let documented = Set(document.operations.keys)
        #expect(registered.subtracting(documented).isEmpty, "nieopisane w API/openapi.yaml: \(registered.subtracting(documented).sorted())")
        #expect(documented.subtracting(registered).isEmpty, "opisane, a nieobsługiwane: \(documented.subtracting(registered).sorted())")
        for route in project.server.routes {
            #expect(document.permissions["\(route.method.rawValue) \(route.path)"] == route.permission.rawValue, "\(route.path)")
        }
    }

    @Test func theResponsesOfTheRoleTableHaveDocumentedStatuses() async throws {
        let document = try OpenAPIDocument()
        let project = try TestProject()
        let fixture = try Fixture(folder: project.folder)
        try await project.test { client in
            let office = try await client.signIn(.office)
            let authority = try await client.signIn(.authority)
            var undocumented: [String] = []
            for row in RoleTableTests.rows(fixture) {
                for credentials in [office, authority, nil] as [Credentials?] {
                    let response = try await client.json(.get, row.path, as: credentials)
                    guard let statuses = document.statuses(.get, row.path) else {
                        undocumented.append("GET \(row.path): brak w openapi.yaml")
                        continue
                    }
                    if !statuses.contains(Int(response.status.code)) {
                        undocumented.append("GET \(row.path): \(response.status.code) nie jest opisany")
                    }
                }
            }
            #expect(undocumented.isEmpty, "\(undocumented.joined(separator: "\n"))")
        }
    }
}
