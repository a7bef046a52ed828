import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import ZitProject
import ZitRegister
import ZitServer
import ZitWeb

/// A copy of the sample project in a temporary folder with one account of each kind, served with
/// the web's pages as `zitdocs serve` serves them.
struct WebProject {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/projekt").path
    static let password = "hasło-do-testów-1"

    static let quiet: Logger = {
        var logger = Logger(label: "zitdocs.testy")
        logger.logLevel = .warning
        return logger
    }()

    enum Login: String, CaseIterable, Sendable {
        case office = "biuro", partnerWB = "wb", partnerJG = "jg", authority = "ip"
    }

    let folder: String
    let server: Server
    let project: Project

    init() throws {
        folder = NSTemporaryDirectory() + "zitdocs-web-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: Self.sample, toPath: folder)
        try? FileManager.default.removeItem(atPath: folder + "/" + CertificateRegister.fileName)
        guard let project = ProjectLoader.load(folder: folder).project else { throw WebTestFailure("sample project") }
        self.project = project
        let settings = ServerSettings(projectFolder: folder, passwordCost: 4)
        server = try Server(settings: settings, areas: [try WebSite.area()])
        for (login, role, beneficiary) in [
            (Login.office, AccountStore.Role.office, nil as String?), (.partnerWB, .partner, "WB"),
            (.partnerJG, .partner, "JG"), (.authority, .authority, nil)
        ] {
            _ = try server.services.accounts.add(
                login: login.rawValue, role: role, beneficiary: beneficiary, password: Self.password,
                beneficiaries: ["SAKO", "WB", "JG"])
        }
    }

    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await server.application(logger: Self.quiet).test(.router, body)
    }

    /// An event of the partner `organiser`, and a person who attended only that partner's events.
    func event(of organiser: String) throws -> Event {
        guard let event = project.events.first(where: { $0.organiser.rawValue == organiser }) else {
            throw WebTestFailure("no event of \(organiser)")
        }
        return event
    }

    func personOnlyAt(_ organiser: String) throws -> Participant {
        let organisers = Dictionary(uniqueKeysWithValues: project.events.map { ($0.id, $0.organiser.rawValue) })
        var seen: [ParticipantID: Set<String>] = [:]
        for row in project.attendance { seen[row.participant, default: []].insert(organisers[row.event] ?? "") }
        guard let id = seen.first(where: { $0.value == [organiser] })?.key,
            let person = project.participants.first(where: { $0.id == id })
        else { throw WebTestFailure("no person only at \(organiser)") }
        return person
    }
}

struct WebTestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A browser's session: its cookie, and the CSRF token its pages' forms carry.
struct Browser: Sendable {
    var cookie: String
    var csrf: String
}

extension TestClientProtocol {
    func page(_ uri: String, as browser: Browser? = nil, headers: HTTPFields = [:]) async throws -> TestResponse {
        var fields = headers
        if let browser { fields[.cookie] = browser.cookie }
        return try await execute(uri: uri, method: .get, headers: fields, body: nil)
    }

    /// A form sent as a browser sends it (URL-encoded).
    func post(_ uri: String, _ fields: [(String, String)], as browser: Browser? = nil) async throws -> TestResponse {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = fields.map {
            "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
        }.joined(separator: "&")
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let browser { headers[.cookie] = browser.cookie }
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// Signs in through the sign-in page; the token is read from the start page's sign-out form.
    func signIn(_ login: WebProject.Login) async throws -> Browser {
        let response = try await post("/logowanie", [("login", login.rawValue), ("haslo", WebProject.password)])
        guard response.status == .seeOther, let cookie = response.headers[.setCookie]?.split(separator: ";").first
        else { throw WebTestFailure("sign-in of \(login) answered \(response.status)") }
        let start = try await page("/", as: Browser(cookie: String(cookie), csrf: ""))
        guard let csrf = start.text.firstMatch(of: #/name="csrf" value="([^"]+)"/#)?.1 else {
            throw WebTestFailure("no csrf field on the start page")
        }
        return Browser(cookie: String(cookie), csrf: String(csrf))
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The text of the page's h1s (there must be one).
    var headings: [String] {
        text.matches(of: #/<h1[^>]*>(.*?)</h1>/#).map { String($0.1) }
    }

    /// The links of the main menu, by their text.
    var menu: [String] {
        guard let nav = text.firstMatch(of: #/<nav aria-label="Menu główne">(?s)(.*?)</nav>/#)?.1 else { return [] }
        return nav.matches(of: #/<a href="[^"]*"[^>]*>([^<]*)</a>/#).map { String($0.1) }
    }
}

/// Text as the pages write it, HTML-escaped.
func html(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        .replacingOccurrences(of: "'", with: "&#39;")
}
