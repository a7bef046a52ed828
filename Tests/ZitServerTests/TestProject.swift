import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import ZitRegister

@testable import ZitServer

/// A copy of the sample project in a temporary folder, with one account of each kind, and the
/// server built on it. Every test makes its own, so no test sees another's register or sessions.
struct TestProject {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/projekt").path
    static let password = "hasło-do-testów-1"

    /// Request lines are checked by RequestLogTests; the other tests keep their output short.
    static let quiet: Logger = {
        var logger = Logger(label: "zitdocs.testy")
        logger.logLevel = .warning
        return logger
    }()

    let folder: String
    let settings: ServerSettings
    let server: Server

    /// Logins of the accounts every test project has.
    enum Login: String, CaseIterable, Sendable {
        case office = "biuro", partnerWB = "wb", partnerJG = "jg", authority = "ip"
    }

    init(configure: (inout ServerSettings) -> Void = { _ in }) throws {
        folder = NSTemporaryDirectory() + "zitdocs-server-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: Self.sample, toPath: folder)
        // A register left in the sample folder by a demo run is not part of the sample.
        try? FileManager.default.removeItem(atPath: folder + "/" + CertificateRegister.fileName)
        var settings = ServerSettings(projectFolder: folder, passwordCost: 4)
        configure(&settings)
        self.settings = settings
        server = try Server(settings: settings)
        let beneficiaries = ["SAKO", "WB", "JG"]
        for (login, role, beneficiary) in [
            (Login.office, AccountStore.Role.office, nil as String?), (.partnerWB, .partner, "WB"),
            (.partnerJG, .partner, "JG"),
            (.authority, .authority, nil)
        ] {
            _ = try server.services.accounts.add(
                login: login.rawValue, role: role, beneficiary: beneficiary, password: Self.password,
                beneficiaries: beneficiaries)
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Runs `body` against the server in process.
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await server.application(logger: Self.quiet).test(.router, body)
        remove()
    }
}

/// A signed-in user as a test sends requests: the session cookie and its CSRF token, or a bearer token.
struct Credentials: Sendable {
    var cookie: String?
    var csrf: String?
    var bearer: String?

    var headers: HTTPFields {
        var fields = HTTPFields()
        if let cookie { fields[.cookie] = cookie }
        if let csrf { fields[.init("X-CSRF-Token")!] = csrf }
        if let bearer { fields[.authorization] = "Bearer \(bearer)" }
        return fields
    }
}

extension TestClientProtocol {
    func json(
        _ method: HTTPRequest.Method, _ uri: String, _ body: String? = nil, as credentials: Credentials? = nil,
        headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        var fields = credentials?.headers ?? [:]
        for field in headers { fields.append(field) }
        if body != nil { fields[.contentType] = "application/json" }
        return try await execute(uri: uri, method: method, headers: fields, body: body.map { ByteBuffer(string: $0) })
    }

    /// Signs in with the session cookie; the answer's CSRF token goes with every later request.
    func signIn(_ login: TestProject.Login, password: String = TestProject.password) async throws -> Credentials {
        let response = try await json(
            .post, "/api/v1/session", #"{"login":"\#(login.rawValue)","password":"\#(password)"}"#)
        guard response.status == .ok, let cookie = response.headers[.setCookie]?.split(separator: ";").first else {
            throw SignInFailure(status: response.status.code, body: String(buffer: response.body))
        }
        let info = try JSONDecoder().decode([String: String?].self, from: Data(response.body.readableBytesView))
        return Credentials(cookie: String(cookie), csrf: info["csrfToken"] ?? nil)
    }
}

struct SignInFailure: Error {
    var status: Int
    var body: String
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any] ?? [:]
    }
    var array: [[String: Any]] {
        (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [[String: Any]] ?? []
    }
}
