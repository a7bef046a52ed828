import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct SignInPageTests {
    @Test func theSignInPageHasLabelledFieldsAndTheButton() async throws {
        let project = try WebProject()
        try await project.test { client in
            let response = try await client.page("/logowanie")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(response.headings == ["Logowanie"])
            #expect(response.text.contains(#"<html lang="pl">"#))
            #expect(response.text.contains(#"<label for="login">Login</label>"#))
            #expect(response.text.contains(#"<input type="text" id="login" name="login""#))
            #expect(response.text.contains(#"<label for="haslo">Hasło</label>"#))
            #expect(response.text.contains(#"<input type="password" id="haslo" name="haslo""#))
            #expect(response.text.contains(#"<button type="submit">Zaloguj się</button>"#))
            #expect(response.text.contains("Przejdź do treści"))
            #expect(response.menu.isEmpty)
        }
    }

    @Test func anUnknownLoginAndAWrongPasswordReadTheSame() async throws {
        let project = try WebProject()
        try await project.test { client in
            let unknown = try await client.post("/logowanie", [("login", "nikt"), ("haslo", "cokolwiek-123")])
            let wrong = try await client.post("/logowanie", [("login", "nikt"), ("haslo", "cokolwiek-123")])
            let wrongPassword = try await client.post("/logowanie", [("login", "biuro"), ("haslo", "cokolwiek-123")])
            #expect(unknown.text.contains("Nieprawidłowy login lub hasło."))
            #expect(wrongPassword.status == unknown.status)
            #expect(
                wrongPassword.text.replacingOccurrences(of: "value=\"biuro\"", with: "")
                    == wrong.text.replacingOccurrences(of: "value=\"nikt\"", with: ""))
            #expect(unknown.headers[.setCookie] == nil)
            #expect(unknown.text.contains(#"aria-invalid="true" aria-describedby="logowanie-blad""#))
        }
    }

    @Test func signingInLeadsToTheStartOrToASafeLocalPath() async throws {
        let project = try WebProject()
        try await project.test { client in
            let plain = try await client.post("/logowanie", [("login", "biuro"), ("haslo", WebProject.password)])
            #expect(plain.status == .seeOther)
            #expect(plain.headers[.location] == "/")
            let back = try await client.post(
                "/logowanie?dalej=%2Fwydarzenia", [("login", "biuro"), ("haslo", WebProject.password)])
            #expect(back.headers[.location] == "/wydarzenia")
            let elsewhere = try await client.post(
                "/logowanie?dalej=%2F%2Fexample.com", [("login", "biuro"), ("haslo", WebProject.password)])
            #expect(elsewhere.headers[.location] == "/")
        }
    }

    @Test func aSignedOutPageRequestIsSentToSignInAndBack() async throws {
        let project = try WebProject()
        try await project.test { client in
            let response = try await client.page("/wydarzenia")
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/logowanie?dalej=/wydarzenia")
            // The API keeps its JSON answer.
            let api = try await client.page("/api/v1/events")
            #expect(api.status == .unauthorized)
            #expect(api.headers[.contentType] == "application/json; charset=utf-8")
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        let project = try WebProject()
        try await project.test { client in
            let office = try await client.signIn(.office)
            let out = try await client.post("/wyloguj", [("csrf", office.csrf)], as: office)
            #expect(out.status == .seeOther)
            #expect(out.headers[.location] == "/logowanie")
            let after = try await client.page("/", as: office)
            #expect(after.status == .seeOther)
        }
    }
}
