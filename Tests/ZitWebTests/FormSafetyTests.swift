import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import ZitRegister

/// Forms need the session's CSRF token; whatever a page shows of data is HTML-escaped.
@Suite struct FormSafetyTests {
    @Test func aFormWithoutTheTokenIsRefusedWithAPage() async throws {
        let project = try WebProject()
        let register = try CertificateRegister(folder: project.folder)
        let request = CertificateRegister.Request(
            participant: "U001", subject: "LIDER", series: "LID", year: 2026, name: "Anna Kowalska")
        let number = try #require(
            try register.numbers(for: [request], scheme: "{nr}/{rok}/{seria}", today: "2026-10-07")[request])
        try register.confirm([number], checksums: [:], generatedBy: "biuro", at: "2026-10-07T10:00:00Z")
        try await project.test { client in
            let office = try await client.signIn(.office)
            for fields in [
                [("numer", number), ("powod", "błąd")], [("csrf", "zly"), ("numer", number), ("powod", "błąd")]
            ] {
                let refused = try await client.post("/rejestr/anuluj", fields, as: office)
                #expect(refused.status == .forbidden)
                #expect(refused.headings == ["Brak dostępu"])
                #expect(refused.headers[.contentType] == "text/html; charset=utf-8")
            }
            #expect(try register.entries().first { $0.number == number }?.status == .issued)
            let accepted = try await client.post(
                "/rejestr/anuluj", [("csrf", office.csrf), ("numer", number), ("powod", "błąd w nazwisku")], as: office)
            #expect(accepted.status == .seeOther)
            #expect(try register.entries().first { $0.number == number }?.status == .cancelled)
            let page = try await client.page(try #require(accepted.headers[.location]), as: office)
            #expect(page.text.contains("Anulowano zaświadczenie nr \(number)."))
            #expect(page.text.contains("błąd w nazwisku"))
            // Without a reason the field says what is missing.
            let another = CertificateRegister.Request(
                participant: "U002", subject: "LIDER", series: "LID", year: 2026, name: "Jan Nowak")
            let second = try #require(
                try register.numbers(for: [another], scheme: "{nr}/{rok}/{seria}", today: "2026-10-07")[another])
            try register.confirm([second], checksums: [:], generatedBy: "biuro", at: "2026-10-07T10:00:00Z")
            let empty = try await client.post(
                "/rejestr/anuluj", [("csrf", office.csrf), ("numer", second), ("powod", " ")], as: office)
            #expect(empty.status == .unprocessableContent)
            // The row's cancelling opens with its error, so the person sees it without a click.
            #expect(empty.text.contains(#"<details class="anuluj" open>"#))
            #expect(empty.text.contains(#"aria-invalid="true" aria-describedby="powod-1-blad""#))
            #expect(empty.text.contains(#"<span class="blad" id="powod-1-blad">Podaj powód anulowania.</span>"#))
        }
    }

    @Test func aNameWithMarkupIsShownAsText() async throws {
        let project = try WebProject()
        let register = try CertificateRegister(folder: project.folder)
        let request = CertificateRegister.Request(
            participant: "U001", subject: "LIDER", series: "LID", year: 2026, name: "Anna <b>Kowalska</b> & \"Syn\"")
        let number = try #require(
            try register.numbers(for: [request], scheme: "{nr}/{rok}/{seria}", today: "2026-10-07")[request])
        try register.confirm([number], checksums: [:], generatedBy: "biuro", at: "2026-10-07T10:00:00Z")
        try await project.test { client in
            let office = try await client.signIn(.office)
            let text = try await client.page("/rejestr", as: office).text
            #expect(text.contains("Anna &lt;b&gt;Kowalska&lt;/b&gt; &amp; &quot;Syn&quot;"))
            #expect(!text.contains("<b>Kowalska"))
            let search = try await client.page("/rejestr?q=%3Cscript%3E", as: office).text
            #expect(search.contains(#"value="&lt;script&gt;""#))
            #expect(!search.contains("<script>"))
        }
    }

    @Test func unknownPagesAreNotFoundPagesAndTheAPIKeepsJSON() async throws {
        let project = try WebProject()
        try await project.test { client in
            let office = try await client.signIn(.office)
            let page = try await client.page("/nie-ma-takiej-strony", as: office)
            #expect(page.status == .notFound)
            #expect(page.headings == ["Nie znaleziono"])
            #expect(page.menu.contains("Start"))
            let api = try await client.page("/api/v1/nie-ma", as: office)
            #expect(api.status == .notFound)
            #expect(api.headers[.contentType] == "application/json; charset=utf-8")
        }
    }
}
