import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Documents through the pages: the attendance list at once, certificates as a job with its progress.
@Suite struct DocumentPageTests {
    @Test func aPartnerDownloadsItsEventsAttendanceList() async throws {
        let project = try WebProject()
        let event = try project.event(of: "WB")
        try await project.test { client in
            let partner = try await client.signIn(.partnerWB)
            let response = try await client.page(
                "/wydarzenia/\(event.id.rawValue)/lista-obecnosci?format=docx", as: partner)
            #expect(response.status == .ok)
            #expect(response.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
            #expect(
                response.headers[.contentType]
                    == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            #expect(Array(response.body.readableBytesView.prefix(2)) == Array("PK".utf8))
            let wrong = try await client.page(
                "/wydarzenia/\(event.id.rawValue)/lista-obecnosci?format=rtf", as: partner)
            #expect(wrong.status == .badRequest)
            #expect(wrong.headings == ["Nie udało się"])
        }
    }

    @Test func certificatesBecomeAJobWhosePageReachesTheEndAndGivesTheFile() async throws {
        let project = try WebProject()
        let event = try project.event(of: "WB")
        try await project.test { client in
            let partner = try await client.signIn(.partnerWB)
            let issued = try await client.post(
                "/wydarzenia/\(event.id.rawValue)/zaswiadczenia", [("csrf", partner.csrf), ("uklad", "zip")],
                as: partner)
            #expect(issued.status == .seeOther)
            let job = try #require(issued.headers[.location])
            #expect(job.hasPrefix("/zadania/"))
            var page = try await client.page(job, as: partner)
            #expect(page.headings == ["Zaświadczenia dla wydarzenia „\(html(event.title))”"])
            #expect(page.text.contains(#"role="progressbar""#))
            for _ in 0..<200 where !page.text.contains(#"aria-valuenow="100""#) {
                #expect(page.text.contains(#"<meta http-equiv="refresh" content="2">"#))
                try await Task.sleep(for: .milliseconds(50))
                page = try await client.page(job, as: partner)
            }
            #expect(page.text.contains(#"id="postep""#))
            #expect(page.text.contains(#"aria-valuenow="100""#))
            #expect(page.text.contains(#"<p id="postep-stan" aria-live="polite">Gotowe</p>"#))
            #expect(page.text.contains(#"<a class="przycisk" href="\#(job)/plik">Pobierz plik</a>"#))
            #expect(!page.text.contains("http-equiv=\"refresh\""))
            let file = try await client.page(job + "/plik", as: partner)
            #expect(file.status == .ok)
            #expect(file.headers[.contentType] == "application/zip")
        }
    }

    @Test func theReportsPageOffersThePeriodsAndTheForumReport() async throws {
        let project = try WebProject()
        let period = try #require(project.project.reportingPeriods.first)
        try await project.test { client in
            let authority = try await client.signIn(.authority)
            let page = try await client.page("/sprawozdania", as: authority)
            #expect(page.text.contains(#"<label for="okres">Okres sprawozdawczy</label>"#))
            #expect(page.text.contains(#"<option value="\#(period.id.rawValue)">"#))
            #expect(page.text.contains(#"<button type="submit">Pobierz sprawozdanie</button>"#))
            #expect(page.text.contains(">Raport Forum (DOCX)</a>"))
            let report = try await client.page(
                "/sprawozdania/postep?okres=\(period.id.rawValue)&format=docx", as: authority)
            #expect(report.status == .ok)
            #expect(report.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
            let partner = try await client.signIn(.partnerWB)
            let partnerPage = try await client.page("/sprawozdania", as: partner)
            #expect(partnerPage.text.contains(#"<label for="okres">Okres sprawozdawczy</label>"#))
            #expect(partnerPage.text.contains("Sprawozdanie obejmuje zadania Państwa instytucji"))
            #expect(partnerPage.text.contains(">Raport Forum (DOCX)</a>"))
        }
    }

    /// Only the office is offered a period's archive (it holds every certificate and the whole
    /// register), and the others cannot start one by sending the form themselves.
    @Test func onlyTheOfficeIsOfferedAPeriodsArchive() async throws {
        let project = try WebProject()
        let period = try #require(project.project.reportingPeriods.first)
        try await project.test { client in
            let office = try await client.signIn(.office)
            let page = try await client.page("/sprawozdania", as: office)
            #expect(page.text.contains(#"<form method="post" action="/sprawozdania/archiwum" class="formularz">"#))
            #expect(page.text.contains(#"<label for="okres-archiwum">Okres sprawozdawczy archiwum</label>"#))
            #expect(page.text.contains(#"<button type="submit">Utwórz archiwum okresu</button>"#))
            let unknown = try await client.post(
                "/sprawozdania/archiwum", [("csrf", office.csrf), ("okres", "2099-9")], as: office)
            #expect(unknown.status == .notFound)
            #expect(unknown.headings == ["Nie znaleziono"])
            let none = try await client.post("/sprawozdania/archiwum", [("csrf", office.csrf)], as: office)
            #expect(none.status == .badRequest)
            #expect(none.text.contains("Wybierz okres sprawozdawczy."))

            for login in [WebProject.Login.partnerWB, .authority] {
                let other = try await client.signIn(login)
                let theirs = try await client.page("/sprawozdania", as: other)
                #expect(theirs.status == .ok)
                #expect(!theirs.text.contains("Utwórz archiwum okresu"), "\(login) widzi archiwum")
                let forged = try await client.post(
                    "/sprawozdania/archiwum", [("csrf", other.csrf), ("okres", period.id.rawValue)], as: other)
                #expect(forged.status == .forbidden, "\(login)")
                #expect(forged.headings == ["Brak dostępu"])
            }
        }
    }
}
