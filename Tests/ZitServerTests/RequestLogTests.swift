import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing
import ZitProject

@testable import ZitServer

/// Log lines kept in memory, each with its metadata.
final class LogCapture: Sendable {
    let lines = Mutex<[String]>([])

    func handler(label: String) -> some LogHandler { CapturingHandler(capture: self) }

    struct CapturingHandler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .info

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            let text =
                "\(event.message) "
                + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            capture.lines.withLock { $0.append(text) }
        }
    }
}

@Suite struct RequestLogTests {
    @Test func oneLinePerRequestWithRouteStatusAndAccountButNoPersonalData() async throws {
        let project = try TestProject()
        let fixture = try Fixture(folder: project.folder)
        let participant = try #require(
            ProjectLoader.load(folder: project.folder).project?.participants.first { $0.id.rawValue == fixture.onlyWB })
        let capture = LogCapture()
        let logger = Logger(label: "test") { _ in LogCapture.CapturingHandler(capture: capture) }
        let accountID = try #require(try project.server.services.accounts.store.account(login: "biuro")?.id)
        try await project.server.application(logger: logger).test(.router) { client in
            let office = try await client.signIn(.office)
            let response = try await client.json(.get, "/api/v1/participants/\(fixture.onlyWB)", as: office)
            #expect(response.text.contains(participant.lastName))
        }
        project.remove()
        let requests = capture.lines.withLock { $0 }.filter { $0.hasPrefix("request ") }
        #expect(requests.count == 2)
        let read = try #require(requests.last)
        #expect(read.contains("route=/api/v1/participants/{id}"), "\(read)")
        #expect(read.contains("status=200"))
        #expect(read.contains("user=\(accountID)"))
        #expect(read.contains("method=GET"))
        let everything = capture.lines.withLock { $0 }.joined(separator: "\n")
        #expect(!everything.contains(participant.lastName))
        #expect(!everything.contains(participant.email))
        #expect(!everything.contains(TestProject.password))
        #expect(!everything.contains(fixture.onlyWB))
    }
}
