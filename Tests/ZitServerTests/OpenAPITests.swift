import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import Yams

@testable import ZitServer

/// API/openapi.yaml, as far as the tests read it: each path's operations and their status codes.
struct OpenAPIDocument: @unchecked Sendable {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("API/openapi.yaml").path

    /// "GET /api/v1/events/{id}" → documented status codes.
    let operations: [String: Set<Int>]
    let permissions: [String: String]
    /// "GET /api/v1/events/{id} 200" → the JSON schema of that answer.
    let schemas: [String: Any]
    let root: [String: Any]

    init() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        guard let root = try Yams.load(yaml: text) as? [String: Any], let paths = root["paths"] as? [String: Any] else {
            throw FixtureFailure()
        }
        var operations: [String: Set<Int>] = [:]
        var permissions: [String: String] = [:]
        var schemas: [String: Any] = [:]
        for (path, item) in paths {
            for (method, operation) in item as? [String: Any] ?? [:] {
                guard let operation = operation as? [String: Any],
                    let responses = operation["responses"] as? [AnyHashable: Any]
                else { continue }
                let key = "\(method.uppercased()) \(path)"
                operations[key] = Set(responses.keys.compactMap { Int("\($0)") })
                permissions[key] = operation["x-permission"] as? String
                for (status, response) in responses {
                    let response = Self.resolve(response, in: root) as? [String: Any]
                    let content = response?["content"] as? [String: Any]
                    if let json = content?["application/json"] as? [String: Any], let schema = json["schema"] {
                        schemas["\(key) \(status)"] = schema
                    }
                }
            }
        }
        self.operations = operations
        self.permissions = permissions
        self.schemas = schemas
        self.root = root
    }

    static func resolve(_ node: Any, in root: [String: Any]) -> Any {
        guard let reference = (node as? [String: Any])?["$ref"] as? String else { return node }
        var current: Any = root
        for part in reference.dropFirst(2).split(separator: "/") {
            current = (current as? [String: Any])?[String(part)] ?? [:]
        }
        return resolve(current, in: root)
    }

    /// Where a JSON value departs from a schema (types, required properties, enums, items);
    /// empty when it matches.
    func problems(_ value: Any, against schema: Any, at path: String = "$") -> [String] {
        guard let schema = Self.resolve(schema, in: root) as? [String: Any] else { return [] }
        if let allowed = schema["enum"] as? [Any], !allowed.contains(where: { "\($0)" == "\(value)" }) {
            return ["\(path): \(value) spoza \(allowed)"]
        }
        switch schema["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else { return ["\(path): nie obiekt"] }
            var found = ((schema["required"] as? [String]) ?? []).filter { object[$0] == nil }.map {
                "\(path).\($0): brak"
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (name, item) in object {
                if let property = properties[name] {
                    found += problems(item, against: property, at: "\(path).\(name)")
                } else if let additional = schema["additionalProperties"], additional is [String: Any] {
                    found += problems(item, against: additional, at: "\(path).\(name)")
                } else if !properties.isEmpty {
                    found.append("\(path).\(name): pole nieopisane")
                }
            }
            return found
        case "array":
            guard let array = value as? [Any] else { return ["\(path): nie tablica"] }
            return array.enumerated().flatMap { problems($1, against: schema["items"] ?? [:], at: "\(path)[\($0)]") }
        case "string": return value is String ? [] : ["\(path): nie tekst"]
        case "integer": return value as? Int == nil ? ["\(path): nie liczba całkowita"] : []
        case "boolean": return value is Bool ? [] : ["\(path): nie wartość logiczna"]
        default: return []
        }
    }

    /// The documented operation a request falls under, as "GET /api/v1/events/{id}".
    func operation(_ method: HTTPRequest.Method, _ requestPath: String) -> String? {
        operations.keys.first { Self.matches($0, method, requestPath) }
    }

    /// The documented statuses of the operation a concrete request path falls under. A `{number}`
    /// parameter takes the rest of the path (certificate numbers hold slashes).
    func statuses(_ method: HTTPRequest.Method, _ requestPath: String) -> Set<Int>? {
        operations.first { Self.matches($0.key, method, requestPath) }?.value
    }

    static func matches(_ key: String, _ method: HTTPRequest.Method, _ requestPath: String) -> Bool {
        let path = requestPath.split(separator: "?").first.map(String.init) ?? requestPath
        let given = path.split(separator: "/", omittingEmptySubsequences: false)
        let parts = key.split(separator: " ", maxSplits: 1)
        guard parts[0] == method.rawValue else { return false }
        let template = parts[1].split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in template.enumerated() {
            if segment == "{number}" { return given.count > index }
            guard index < given.count, segment.hasPrefix("{") || segment == given[index] else { return false }
        }
        return given.count == template.count
    }
}

@Suite struct OpenAPITests {
    @Test func everyRouteIsDocumentedAndEveryDocumentedRouteExists() throws {
        let document = try OpenAPIDocument()
        let project = try TestProject()
        defer { project.remove() }
        let registered = Set(project.server.routes.map { "\($0.method.rawValue) \($0.path)" })
        let documented = Set(document.operations.keys)
        #expect(
            registered.subtracting(documented).isEmpty,
            "nieopisane w API/openapi.yaml: \(registered.subtracting(documented).sorted())")
        #expect(
            documented.subtracting(registered).isEmpty,
            "opisane, a nieobsługiwane: \(documented.subtracting(registered).sorted())")
        for route in project.server.routes {
            #expect(
                document.permissions["\(route.method.rawValue) \(route.path)"] == route.permission.rawValue,
                "\(route.path)")
        }
    }

    @Test func theResponsesOfTheRoleTableHaveDocumentedStatusesAndSchemas() async throws {
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
                    if let key = document.operation(.get, row.path),
                        let schema = document.schemas["\(key) \(response.status.code)"],
                        response.headers[.contentType]?.hasPrefix("application/json") == true
                    {
                        let body = try JSONSerialization.jsonObject(
                            with: Data(response.body.readableBytesView), options: [.fragmentsAllowed])
                        undocumented += document.problems(
                            body, against: schema, at: "GET \(row.path) \(response.status.code)")
                    }
                }
            }
            #expect(undocumented.isEmpty, "\(undocumented.joined(separator: "\n"))")
        }
    }
}
