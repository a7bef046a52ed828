import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ZitServer

@Suite struct VerificationTests {
    @Test func anIssuedNumberIsValidWithInitialSurnameAndChecksumStart() async throws {
        let project = try TestProject()
        let fixture = try Fixture(folder: project.folder)
        try await project.test { client in
            let response = try await client.json(
                .get, "/weryfikacja/\(fixture.numberWB)", headers: [.accept: "application/json"])
            #expect(response.status == .ok)
            let answer = response.object
            #expect(answer["exists"] as? Bool == true)
            #expect(answer["status"] as? String == "valid")
            #expect(answer["checksumPrefix"] as? String == String(repeating: "ab", count: 6))
            let holder = try #require(answer["holder"] as? String)
            #expect(holder.range(of: #"^\p{Lu}\. \S"#, options: .regularExpression) != nil, "\(holder)")
            #expect(answer["email"] == nil && answer["institution"] == nil && answer["participant"] == nil)
            #expect(!(answer["eventDates"] as? [String] ?? []).isEmpty)
            // The number as printed, or with its slashes encoded.
            let encoded = fixture.numberWB.replacingOccurrences(of: "/", with: "%2F")
            let again = try await client.json(.get, "/weryfikacja/\(encoded)", headers: [.accept: "application/json"])
            #expect(again.text == response.text)
        }
    }

    @Test func aCancelledNumberSaysSoWithItsDate() async throws {
        let project = try TestProject()
        let fixture = try Fixture(folder: project.folder)
        try await project.test { client in
            let response = try await client.json(
                .get, "/weryfikacja/\(fixture.cancelled)", headers: [.accept: "application/json"])
            #expect(response.object["status"] as? String == "cancelled")
            #expect(response.object["cancelledOn"] as? String == "2026-10-08")
            let page = try await client.json(.get, "/weryfikacja/\(fixture.cancelled)")
            #expect(page.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(page.text.contains("Zaświadczenie zostało anulowane dnia 8 października 2026 r."))
            #expect(!page.text.contains("2026-10-08"), "the page writes dates as a Polish document does")
        }
    }

    @Test func anUnknownNumberDoesNotExist() async throws {
        let project = try TestProject()
        try await project.test { client in
            let response = try await client.json(
                .get, "/weryfikacja/999/2030/XYZ", headers: [.accept: "application/json"])
            #expect(response.status == .ok)
            #expect(response.object["exists"] as? Bool == false)
            #expect(response.object["holder"] == nil)
        }
    }

    @Test func verificationIsRateLimitedPerAddress() async throws {
        let project = try TestProject { $0.verificationsPerMinute = 3 }
        let clock = project.settings.clock
        try await project.test { client in
            for _ in 0..<3 { #expect(try await client.json(.get, "/weryfikacja/1/2026/WZH").status == .ok) }
            let refused = try await client.json(.get, "/weryfikacja/1/2026/WZH")
            #expect(refused.status == .tooManyRequests)
            clock.advance(by: .seconds(61))
            #expect(try await client.json(.get, "/weryfikacja/1/2026/WZH").status == .ok)
        }
    }
}
