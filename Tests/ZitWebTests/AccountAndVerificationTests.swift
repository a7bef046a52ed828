import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import ZitRegister

@Suite struct AccountAndVerificationTests {
    @Test func changingThePasswordChecksTheCurrentOneAndTheRepeat() async throws {
        let project = try WebProject()
        try await project.test { client in
            let partner = try await client.signIn(.partnerWB)
            let form = try await client.page("/konto/haslo", as: partner)
            for label in ["Obecne hasło", "Nowe hasło", "Powtórz nowe hasło"] {
                #expect(form.text.contains(">\(label)</label>"), "\(label)")
            }
            let wrong = try await client.post(
                "/konto/haslo",
                [
                    ("csrf", partner.csrf), ("obecne", "nie-to-haslo"), ("nowe", "nowe-haslo-123"),
                    ("powtorz", "nowe-haslo-123")
                ],
                as: partner)
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.text.contains(#"aria-invalid="true" aria-describedby="obecne-blad""#))
            #expect(wrong.text.contains("Obecne hasło jest nieprawidłowe."))
            let differ = try await client.post(
                "/konto/haslo",
                [
                    ("csrf", partner.csrf), ("obecne", WebProject.password), ("nowe", "nowe-haslo-123"),
                    ("powtorz", "inne-haslo-123")
                ],
                as: partner)
            #expect(differ.text.contains(#"aria-describedby="powtorz-blad""#))
            let changed = try await client.post(
                "/konto/haslo",
                [
                    ("csrf", partner.csrf), ("obecne", WebProject.password), ("nowe", "nowe-haslo-123"),
                    ("powtorz", "nowe-haslo-123")
                ],
                as: partner)
            #expect(changed.status == .ok)
            #expect(changed.text.contains("Hasło zostało zmienione."))
            let signIn = try await client.post("/logowanie", [("login", "wb"), ("haslo", "nowe-haslo-123")])
            #expect(signIn.status == .seeOther)
        }
    }

    @Test func theVerificationPageSaysValidCancelledOrUnknown() async throws {
        let project = try WebProject()
        let register = try CertificateRegister(folder: project.folder)
        let first = CertificateRegister.Request(
            participant: "U001", subject: "LIDER", series: "LID", year: 2026, name: "Anna Kowalska")
        let second = CertificateRegister.Request(
            participant: "U002", subject: "LIDER", series: "LID", year: 2026, name: "Jan Nowak")
        let numbers = try register.numbers(for: [first, second], scheme: "{nr}/{rok}/{seria}", today: "2026-10-07")
        let valid = try #require(numbers[first])
        let cancelled = try #require(numbers[second])
        try register.confirm(
            [valid, cancelled], checksums: [valid: String(repeating: "ab", count: 32)], generatedBy: "biuro",
            at: "2026-10-07T10:00:00Z")
        try register.cancel(cancelled, reason: "błąd", on: "2026-10-08")
        try await project.test { client in
            let page = try await client.page("/weryfikacja/\(valid)")
            #expect(page.status == .ok)
            #expect(page.headings == ["Weryfikacja zaświadczenia"])
            #expect(page.text.contains("Zaświadczenie ważne"))
            #expect(page.text.contains("A. Kowalska"))
            #expect(!page.text.contains("Anna"))
            #expect(page.text.contains("<code>abababababab</code>"))
            #expect(page.text.contains(#"<meta name="viewport" content="width=device-width, initial-scale=1">"#))
            let gone = try await client.page("/weryfikacja/\(cancelled)")
            #expect(gone.text.contains("Zaświadczenie anulowane dnia 8 października 2026 r."))
            let unknown = try await client.page("/weryfikacja/999/2026/XYZ")
            #expect(unknown.text.contains("Nie ma takiego zaświadczenia"))
            let json = try await client.page("/weryfikacja/\(valid)", headers: [.accept: "application/json"])
            #expect(json.headers[.contentType] == "application/json; charset=utf-8")
        }
    }
}
