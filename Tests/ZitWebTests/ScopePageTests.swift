import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import ZitProject

/// What a partner may not see does not exist for it, whatever id it guesses; the authority
/// reaches no one's personal data.
@Suite struct ScopePageTests {
    @Test func aPartnerGuessingTheOtherPartnersEventOrPersonGetsNotFound() async throws {
        let project = try WebProject()
        let eventJG = try project.event(of: "JG")
        let personJG = try project.personOnlyAt("JG")
        try await project.test { client in
            let partner = try await client.signIn(.partnerWB)
            for path in [
                "/wydarzenia/\(eventJG.id.rawValue)", "/wydarzenia/\(eventJG.id.rawValue)/lista-obecnosci?format=docx",
                "/uczestnicy/\(personJG.id.rawValue)", "/wydarzenia/NIE-MA-TAKIEGO"
            ] {
                let response = try await client.page(path, as: partner)
                #expect(response.status == .notFound, "\(path)")
                #expect(response.headings == ["Nie znaleziono"], "\(path)")
                #expect(!response.text.contains(html(eventJG.title)), "\(path)")
            }
            let list = try await client.page("/wydarzenia", as: partner).text
            #expect(!list.contains("/wydarzenia/\(eventJG.id.rawValue)\""))
            let people = try await client.page("/uczestnicy", as: partner).text
            #expect(!people.contains("/uczestnicy/\(personJG.id.rawValue)\""))
            let forged = try await client.post(
                "/wydarzenia/\(eventJG.id.rawValue)/zaswiadczenia", [("csrf", partner.csrf), ("uklad", "zip")],
                as: partner)
            #expect(forged.status == .notFound)
        }
    }

    @Test func theAuthoritysPagesHoldNoParticipantsSurname() async throws {
        let project = try WebProject()
        let surnames = Set(project.project.participants.map(\.lastName))
        let eventWB = try project.event(of: "WB")
        let attendee = try #require(project.project.attendance.first { $0.event == eventWB.id }?.participant)
        let person = try #require(project.project.participants.first { $0.id == attendee })
        try await project.test { client in
            let office = try await client.signIn(.office)
            // Certificates in the register, so that the authority's register page has something to leave out.
            let issued = try await client.post(
                "/wydarzenia/\(eventWB.id.rawValue)/zaswiadczenia", [("csrf", office.csrf), ("uklad", "zip")],
                as: office)
            #expect(issued.status == .seeOther)
            let job = try #require(issued.headers[.location])
            for _ in 0..<200 {
                if try await client.page(job, as: office).text.contains("Gotowe") { break }
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(try await client.page("/rejestr", as: office).text.contains(html(person.lastName)))
            let authority = try await client.signIn(.authority)
            for path in [
                "/", "/sprawozdania", "/rejestr", "/rejestr?q=\(person.lastName)", "/konto/haslo", "/wydarzenia",
                "/wydarzenia/\(eventWB.id.rawValue)", "/uczestnicy", "/uczestnicy/\(person.id.rawValue)"
            ] {
                let text = try await client.page(
                    path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? path, as: authority
                ).text
                let found = surnames.filter { text.contains(html($0)) }
                #expect(found.isEmpty, "\(path): \(found.sorted())")
            }
            let register = try await client.page("/rejestr", as: authority).text
            #expect(register.contains(#"<th scope="row">Wydane</th>"#))
            #expect(!register.contains("<caption>Zaświadczenia</caption>"))
        }
    }

    @Test func anotherUsersJobIsNotFound() async throws {
        let project = try WebProject()
        let eventWB = try project.event(of: "WB")
        try await project.test { client in
            let partner = try await client.signIn(.partnerWB)
            let issued = try await client.post(
                "/wydarzenia/\(eventWB.id.rawValue)/zaswiadczenia", [("csrf", partner.csrf), ("uklad", "zip")],
                as: partner)
            let job = try #require(issued.headers[.location])
            let other = try await client.signIn(.partnerJG)
            let page = try await client.page(job, as: other)
            #expect(page.status == .notFound)
            #expect(page.headings == ["Nie znaleziono"])
            #expect(try await client.page(job + "/plik", as: other).status == .notFound)
        }
    }
}
