import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ZitServer

@Suite struct SignInTests {
    @Test func anUnknownLoginAndAWrongPasswordGetTheSameAnswer() async throws {
        let project = try TestProject()
        try await project.test { client in
            let unknown = try await client.json(
                .post, "/api/v1/session", #"{"login":"nikt","password":"cokolwiek-123"}"#)
            let wrong = try await client.json(
                .post, "/api/v1/session", #"{"login":"biuro","password":"cokolwiek-123"}"#)
            #expect(unknown.status == .unauthorized)
            #expect(wrong.status == unknown.status)
            #expect(wrong.text == unknown.text)
            #expect(unknown.object["message"] as? String == "Nieprawidłowy login lub hasło.")
            #expect(unknown.headers[.setCookie] == nil)
        }
    }

    @Test func theSessionCookieIsHttpOnlyAndStrict() async throws {
        let project = try TestProject()
        try await project.test { client in
            let response = try await client.json(
                .post, "/api/v1/session", #"{"login":"biuro","password":"\#(TestProject.password)"}"#)
            #expect(response.status == .ok)
            let cookie = response.headers[.setCookie] ?? ""
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(!cookie.contains("Secure"))
            #expect(response.object["role"] as? String == "office")
        }
    }

    @Test func repeatedFailuresLockTheLoginOutEvenWithTheRightPassword() async throws {
        let project = try TestProject {
            $0.signInPolicy = SignInPolicy(failuresBeforeLockout: 3, lockout: .seconds(600))
        }
        let clock = project.settings.clock
        try await project.test { client in
            for _ in 0..<3 {
                let response = try await client.json(
                    .post, "/api/v1/session", #"{"login":"wb","password":"zle-haslo-0000"}"#)
                #expect(response.status == .unauthorized)
            }
            let locked = try await client.json(
                .post, "/api/v1/session", #"{"login":"wb","password":"\#(TestProject.password)"}"#)
            #expect(locked.status == .tooManyRequests)
            #expect(locked.object["code"] as? String == "too_many_requests")
            #expect(locked.headers[.retryAfter] != nil)
            clock.advance(by: .seconds(601))
            _ = try await client.signIn(.partnerWB)
        }
    }

    @Test func aSessionExpires() async throws {
        let project = try TestProject { $0.sessionLifetime = .seconds(3600) }
        let clock = project.settings.clock
        try await project.test { client in
            let office = try await client.signIn(.office)
            #expect(try await client.json(.get, "/api/v1/events", as: office).status == .ok)
            clock.advance(by: .seconds(3601))
            let expired = try await client.json(.get, "/api/v1/events", as: office)
            #expect(expired.status == .unauthorized)
            #expect(expired.object["code"] as? String == "not_signed_in")
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        let project = try TestProject()
        try await project.test { client in
            let office = try await client.signIn(.office)
            #expect(try await client.json(.delete, "/api/v1/session", as: office).status == .noContent)
            #expect(try await client.json(.get, "/api/v1/events", as: office).status == .unauthorized)
        }
    }

    @Test func aCookieRequestThatChangesSomethingNeedsTheCSRFHeader() async throws {
        let project = try TestProject()
        try await project.test { client in
            var office = try await client.signIn(.office)
            let csrf = office.csrf
            office.csrf = nil
            let refused = try await client.json(.post, "/api/v1/tokens", #"{"name":"skrypt"}"#, as: office)
            #expect(refused.status == .forbidden)
            #expect(refused.object["code"] as? String == "csrf_token_missing")
            office.csrf = "inny-token"
            #expect(
                try await client.json(.post, "/api/v1/tokens", #"{"name":"skrypt"}"#, as: office).status == .forbidden)
            office.csrf = csrf
            #expect(
                try await client.json(.post, "/api/v1/tokens", #"{"name":"skrypt"}"#, as: office).status == .created)
        }
    }

    @Test func aTokenIsShownOnceWorksWithoutCSRFAndStopsWhenRevoked() async throws {
        let project = try TestProject()
        try await project.test { client in
            let office = try await client.signIn(.office)
            let created = try await client.json(.post, "/api/v1/tokens", #"{"name":"raport nocny"}"#, as: office)
            #expect(created.status == .created)
            let token = try #require(created.object["token"] as? String)
            let id = try #require(created.object["id"] as? Int)
            let bearer = Credentials(bearer: token)
            #expect(try await client.json(.get, "/api/v1/participants", as: bearer).status == .ok)
            // A bearer request needs no CSRF header: a browser never sends one by itself.
            #expect(try await client.json(.post, "/api/v1/tokens", #"{"name":"drugi"}"#, as: bearer).status == .created)
            let listed = try await client.json(.get, "/api/v1/tokens", as: bearer)
            #expect(listed.array.count == 2)
            #expect(!listed.text.contains(token))
            #expect(try await client.json(.delete, "/api/v1/tokens/\(id)", as: bearer).status == .noContent)
            let revoked = try await client.json(.get, "/api/v1/participants", as: bearer)
            #expect(revoked.status == .unauthorized)
            #expect(revoked.object["code"] as? String == "bad_token")
        }
    }

    @Test func anotherUsersTokenCannotBeRevoked() async throws {
        let project = try TestProject()
        try await project.test { client in
            let office = try await client.signIn(.office)
            let created = try await client.json(.post, "/api/v1/tokens", #"{"name":"biuro"}"#, as: office)
            let id = try #require(created.object["id"] as? Int)
            let wb = try await client.signIn(.partnerWB)
            #expect(try await client.json(.delete, "/api/v1/tokens/\(id)", as: wb).status == .notFound)
        }
    }
}

@Suite struct CookieOverTLSTests {
    @Test func behindTLSTheSessionCookieIsSecure() async throws {
        let project = try TestProject { $0.secureCookies = true }
        try await project.test { client in
            let response = try await client.json(
                .post, "/api/v1/session", #"{"login":"biuro","password":"\#(TestProject.password)"}"#)
            #expect(response.headers[.setCookie]?.contains("Secure") == true)
        }
    }
}
