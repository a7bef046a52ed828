import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Every screen as every role: the status, the one h1 and the menu a person sees.
@Suite struct RolePageTests {
    typealias Login = WebProject.Login

    @Test func eachRoleSeesOnlyTheMenuItMayOpen() async throws {
        let project = try WebProject()
        try await project.test { client in
            let expected: [Login: [String]] = [
                .office: ["Start", "Wydarzenia", "Uczestnicy", "Sprawozdania", "Dane", "Rejestr", "Zmień hasło"],
                .partnerWB: ["Start", "Wydarzenia", "Uczestnicy", "Sprawozdania", "Rejestr", "Zmień hasło"],
                .authority: ["Start", "Sprawozdania", "Rejestr", "Zmień hasło"]
            ]
            for (login, menu) in expected {
                let browser = try await client.signIn(login)
                let start = try await client.page("/", as: browser)
                #expect(start.menu == menu, "\(login)")
                #expect(start.text.contains(#"<button type="submit">Wyloguj się</button>"#))
                #expect(start.text.contains(#"<a href="/" aria-current="page">Start</a>"#))
            }
        }
    }

    @Test func eachScreenAnswersEachRoleAsItsPermissionSays() async throws {
        let project = try WebProject()
        let eventWB = try project.event(of: "WB")
        let personWB = try project.personOnlyAt("WB")
        let screens: [(path: String, heading: String)] = [
            ("/", "Projekt w skrócie"),
            ("/wydarzenia", "Wydarzenia"),
            ("/wydarzenia/\(eventWB.id.rawValue)", html(eventWB.title)),
            ("/uczestnicy", "Uczestnicy"),
            ("/uczestnicy/\(personWB.id.rawValue)", html(personWB.fullName)),
            ("/sprawozdania", "Sprawozdania"),
            ("/dane", "Dane projektu"),
            ("/rejestr", "Rejestr zaświadczeń"),
            ("/konto/haslo", "Zmiana hasła")
        ]
        // 200, or the heading of the page that says no.
        let refused: [Login: [String: String]] = [
            .office: [:],
            .partnerWB: ["/dane": "Brak dostępu"],
            .authority: [
                "/wydarzenia": "Brak dostępu", "/wydarzenia/\(eventWB.id.rawValue)": "Brak dostępu",
                "/uczestnicy": "Brak dostępu", "/uczestnicy/\(personWB.id.rawValue)": "Brak dostępu",
                "/dane": "Brak dostępu"
            ]
        ]
        try await project.test { client in
            for login in [Login.office, .partnerWB, .authority] {
                let browser = try await client.signIn(login)
                for screen in screens {
                    let response = try await client.page(screen.path, as: browser)
                    if let heading = refused[login]?[screen.path] {
                        #expect(response.status == .forbidden, "\(login) \(screen.path)")
                        #expect(response.headings == [heading], "\(login) \(screen.path)")
                    } else {
                        #expect(response.status == .ok, "\(login) \(screen.path)")
                        #expect(response.headings == [screen.heading], "\(login) \(screen.path)")
                    }
                }
            }
        }
    }

    @Test func theStartPageShowsTheFactsOfCheckAgainstTheTargets() async throws {
        let project = try WebProject()
        try await project.test { client in
            let office = try await client.signIn(.office)
            let text = try await client.page("/", as: office).text
            #expect(text.contains("<caption>Osoby objęte wsparciem według płci</caption>"))
            #expect(text.contains("<caption>Wskaźniki projektu: wartość i cel</caption>"))
            #expect(text.contains(#"<th scope="row">Związki ZIT objęte wsparciem</th>"#))
            #expect(text.contains(#"<td class="liczba">27</td>"#))
            #expect(text.contains(#"<td class="liczba">20</td>"#))
            #expect(text.contains("W3. Liczba Liderów Samorządowych"))
            #expect(text.contains("<h2>Ostrzeżenia sprawdzenia danych</h2>"))
        }
    }

    @Test func theEventsTableHasItsColumnsAndLinksToEachEvent() async throws {
        let project = try WebProject()
        let workshop = try #require(
            project.project.events.first {
                if case .workshop = $0.kind { return true } else { return false }
            })
        try await project.test { client in
            let office = try await client.signIn(.office)
            let text = try await client.page("/wydarzenia", as: office).text
            #expect(text.contains("<caption>Wydarzenia</caption>"))
            for column in ["Data", "Tytuł", "Organizator", "Cykl", "Obecni"] {
                #expect(text.contains(">\(column)</th>"), "\(column)")
            }
            #expect(text.contains(#"<a href="/wydarzenia/\#(workshop.id.rawValue)">"#))
            #expect(text.contains(#/<td>\d+/\d+</td>/#))
        }
    }

    @Test func theEventPageOffersItsDocumentsAndCertificates() async throws {
        let project = try WebProject()
        let event = try project.event(of: "WB")
        try await project.test { client in
            let partner = try await client.signIn(.partnerWB)
            let text = try await client.page("/wydarzenia/\(event.id.rawValue)", as: partner).text
            for format in ["docx", "odt", "pdf"] {
                #expect(
                    text.contains(
                        #"<a href="/wydarzenia/\#(event.id.rawValue)/lista-obecnosci?format=\#(format)">Lista obecności (\#(format.uppercased()))</a>"#
                    ))
            }
            #expect(text.contains(#"<label for="uklad-zip">Jeden plik ZIP</label>"#))
            #expect(text.contains(#"<label for="uklad-scalone">Scalone do druku</label>"#))
            #expect(text.contains(#"<input type="hidden" name="csrf" value="\#(partner.csrf)">"#))
            #expect(text.contains("<caption>Obecni</caption>"))
        }
    }
}

@Suite struct StaticFileTests {
    @Test func theStylesheetAndTheScriptAreServedWithoutSigningIn() async throws {
        let project = try WebProject()
        try await project.test { client in
            let style = try await client.page("/styl.css")
            #expect(style.status == .ok)
            #expect(style.headers[.contentType] == "text/css; charset=utf-8")
            #expect(style.text.contains(":focus-visible"))
            let script = try await client.page("/postep.js")
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(script.text.contains("aria-valuenow"))
        }
    }
}
