import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ZitServer

/// The server over a real socket on 127.0.0.1: sign-in, a session request, the verification page.
@Suite struct LiveServerTests {
    @Test func signInAndReadOverASocket() async throws {
        let project = try TestProject { $0.port = 0 }
        let fixture = try Fixture(folder: project.folder)
        try await project.server.application(logger: TestProject.quiet).test(.live) { client in
            let office = try await client.signIn(.office)
            let events = try await client.json(.get, "/api/v1/events", as: office)
            #expect(events.status == .ok)
            #expect(events.array.count > 10)
            let verification = try await client.json(
                .get, "/weryfikacja/\(fixture.numberJG)", headers: [.accept: "application/json"])
            #expect(verification.object["status"] as? String == "valid")
        }
        project.remove()
    }
}
