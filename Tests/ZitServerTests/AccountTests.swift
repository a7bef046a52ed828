import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import ZitRegister

@testable import ZitServer

@Suite struct AccountTests {
    @Test func aPartnerNeedsABeneficiaryOfTheProject() throws {
        let project = try TestProject()
        defer { project.remove() }
        let accounts = project.server.services.accounts
        let beneficiaries = ["SAKO", "WB", "JG"]
        #expect(
            throws: Accounts.Failure.invalid(
                "Konto partnera wymaga opcji --beneficiary z identyfikatorem beneficjenta (SAKO, WB, JG).")
        ) {
            try accounts.add(
                login: "nowy", role: .partner, beneficiary: nil, password: TestProject.password,
                beneficiaries: beneficiaries)
        }
        #expect(throws: Accounts.Failure.invalid("W projekt.yaml nie ma beneficjenta „XX”; dostępni: SAKO, WB, JG.")) {
            try accounts.add(
                login: "nowy", role: .partner, beneficiary: "XX", password: TestProject.password,
                beneficiaries: beneficiaries)
        }
        #expect(throws: Accounts.Failure.invalid("Hasło musi mieć co najmniej 12 znaków.")) {
            try accounts.add(
                login: "nowy", role: .office, beneficiary: nil, password: "krótkie", beneficiaries: beneficiaries)
        }
        #expect(throws: Accounts.Failure.storage("Konto „biuro” już istnieje; wybierz inny login.")) {
            try accounts.add(
                login: "biuro", role: .office, beneficiary: nil, password: TestProject.password,
                beneficiaries: beneficiaries)
        }
        let stored = try #require(try accounts.store.account(login: "wb"))
        #expect(stored.beneficiary == "WB")
        #expect(stored.passwordHash.hasPrefix("$2"))
        #expect(!stored.passwordHash.contains(TestProject.password))
    }

    @Test func aDisabledAccountCannotSignInNorUseItsSession() async throws {
        let project = try TestProject()
        let store = project.server.services.accounts.store
        try await project.test { client in
            let wb = try await client.signIn(.partnerWB)
            #expect(try store.disable(login: "wb"))
            #expect(try await client.json(.get, "/api/v1/events", as: wb).status == .unauthorized)
            let again = try await client.json(
                .post, "/api/v1/session", #"{"login":"wb","password":"\#(TestProject.password)"}"#)
            #expect(again.status == .unauthorized)
            #expect(again.object["code"] as? String == "sign_in_failed")
        }
    }

    @Test func aNewPasswordReplacesTheOld() async throws {
        let project = try TestProject()
        let accounts = project.server.services.accounts
        try accounts.setPassword(login: "ip", password: "zupełnie-nowe-hasło")
        try await project.test { client in
            #expect(
                try await client.json(
                    .post, "/api/v1/session", #"{"login":"ip","password":"\#(TestProject.password)"}"#
                ).status == .unauthorized)
            _ = try await client.signIn(.authority, password: "zupełnie-nowe-hasło")
        }
    }

    @Test func theAccountsShareTheRegistersFileAndItsMigrations() throws {
        let project = try TestProject()
        defer { project.remove() }
        // Opening the register again (as `zitdocs generate` does) keeps the accounts and is not
        // taken for a file of a newer version.
        let register = try CertificateRegister(folder: project.folder)
        #expect(try AccountStore(register: register).accounts().map(\.login) == ["biuro", "ip", "jg", "wb"])
    }
}
