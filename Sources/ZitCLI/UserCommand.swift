import ArgumentParser
import Foundation
import ZitProject
import ZitRegister
import ZitServer

struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Konta użytkowników serwisu (zitdocs serve).",
        subcommands: [Add.self, List.self, Disable.self, Password.self])

    struct Location: ParsableArguments {
        @Option(help: "Folder projektu (domyślnie: przykładowy projekt).")
        var project: String?

        func folder() throws -> String {
            let folder = try ProjectFolder.chosen(project)
            return folder
        }

        func accounts() throws -> Accounts {
            let folder = try folder()
            do {
                let register = try CertificateRegister(folder: folder)
                return Accounts(
                    store: AccountStore(register: register), settings: ServerSettings(projectFolder: folder))
            } catch {
                throw ValidationError(error.description)
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Zakłada konto; hasło jest wczytywane z terminala (bez echa) albo ze standardowego wejścia.")
        @OptionGroup var location: Location
        @Argument(help: "Login, np. biuro lub jan.kowalski.") var login: String
        @Option(
            help: "Rola: office (biuro projektu), partner (partner projektu) albo authority (instytucja pośrednicząca)."
        )
        var role: AccountStore.Role
        @Option(help: "Dla partnera: identyfikator beneficjenta z projekt.yaml, np. WB.") var beneficiary: String?

        func run() throws {
            let accounts = try location.accounts()
            let beneficiaries =
                ProjectLoader.load(folder: try location.folder()).project?.beneficiaries.map(\.id.rawValue) ?? []
            do {
                try Accounts.validate(login: login, role: role, beneficiary: beneficiary, beneficiaries: beneficiaries)
            } catch {
                throw ValidationError(error.description)
            }
            let password = try PasswordInput.read(confirming: true)
            do {
                let account = try accounts.add(
                    login: login, role: role, beneficiary: beneficiary, password: password, beneficiaries: beneficiaries
                )
                print("Założono konto \(account.login) (\(UserCommand.roleName(account))).")
            } catch {
                throw ValidationError(error.description)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "Wypisuje konta: login, rolę, beneficjenta i stan.")
        @OptionGroup var location: Location

        func run() throws {
            let accounts = try location.accounts()
            let all: [AccountStore.Account]
            do { all = try accounts.store.accounts() } catch { throw ValidationError(error.description) }
            if all.isEmpty { Messages.report("Brak kont. Pierwsze konto biura: zitdocs user add biuro --role office") }
            for account in all {
                print(
                    [
                        account.login, account.role.rawValue, account.beneficiary ?? "-",
                        account.isDisabled ? "wyłączone" : "aktywne"
                    ]
                    .joined(separator: "\t"))
            }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "disable", abstract: "Wyłącza konto i odwołuje jego tokeny; konto zostaje w bazie.")
        @OptionGroup var location: Location
        @Argument(help: "Login.") var login: String

        func run() throws {
            let accounts = try location.accounts()
            do {
                guard try accounts.store.disable(login: login) else {
                    throw ValidationError("Nie ma konta „\(login)”.")
                }
            } catch let error as CertificateRegister.Failure {
                throw ValidationError(error.description)
            }
            print("Wyłączono konto \(login).")
        }
    }

    struct Password: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "password",
            abstract: "Ustawia nowe hasło konta (wczytywane z terminala albo ze standardowego wejścia).")
        @OptionGroup var location: Location
        @Argument(help: "Login.") var login: String

        func run() throws {
            let accounts = try location.accounts()
            let password = try PasswordInput.read(confirming: true)
            do { try accounts.setPassword(login: login, password: password) } catch {
                throw ValidationError(error.description)
            }
            print("Zmieniono hasło konta \(login).")
        }
    }

    static func roleName(_ account: AccountStore.Account) -> String {
        switch account.role {
        case .office: "biuro projektu"
        case .partner: "partner \(account.beneficiary ?? "")"
        case .authority: "instytucja pośrednicząca"
        }
    }
}

extension AccountStore.Role: ExpressibleByArgument {}
