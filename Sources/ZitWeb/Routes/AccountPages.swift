import Hummingbird
import ZitServer

/// Changing one's own password: the current one is checked as a sign-in is (same throttle).
enum AccountPages {
    struct Field: Sendable {
        var id: String
        var etykieta: String
        var autouzupelnianie: String
        var blad: String?
    }

    struct View: Sendable {
        var csrf: String
        var zmieniono: Bool
        var pola: [Field]

        init(csrf: String, changed: Bool = false, errors: [String: String] = [:]) {
            self.csrf = csrf
            zmieniono = changed
            pola = [
                Field(
                    id: "obecne", etykieta: "Obecne hasło", autouzupelnianie: "current-password", blad: errors["obecne"]
                ),
                Field(id: "nowe", etykieta: "Nowe hasło", autouzupelnianie: "new-password", blad: errors["nowe"]),
                Field(
                    id: "powtorz", etykieta: "Powtórz nowe hasło", autouzupelnianie: "new-password",
                    blad: errors["powtorz"])
            ]
        }
    }

    static func add(to table: RouteTable, library: PageLibrary) {
        table.on(.get, "/konto/haslo", needs: .signedIn) { request, context, _ in
            library.page(
                "haslo", title: "Zmiana hasła", request: request, context: context,
                content: View(csrf: context.sessions.session?.csrfToken ?? ""))
        }
        table.on(.post, "/konto/haslo", needs: .signedIn, csrf: .formField) { request, context, access in
            let caller = try access.requireCaller()
            let csrf = context.sessions.session?.csrfToken ?? ""
            let current = access.form?.field("obecne") ?? ""
            let new = access.form?.field("nowe") ?? ""
            let repeated = access.form?.field("powtorz") ?? ""
            func refuse(_ errors: [String: String]) -> Response {
                library.page(
                    "haslo", title: "Zmiana hasła", request: request, context: context,
                    content: View(csrf: csrf, errors: errors), status: .unprocessableContent)
            }
            do {
                _ = try await access.services.accounts.signIn(
                    login: caller.login, password: current, address: context.clientAddress)
            } catch let error as APIError where error == .signInFailed {
                return refuse(["obecne": "Obecne hasło jest nieprawidłowe."])
            }
            guard new == repeated else { return refuse(["powtorz": "Nowe hasło i jego powtórzenie się różnią."]) }
            do throws(Accounts.Failure) {
                try access.services.accounts.setPassword(login: caller.login, password: new)
            } catch {
                return refuse(["nowe": error.description])
            }
            return library.page(
                "haslo", title: "Zmiana hasła", request: request, context: context,
                content: View(csrf: csrf, changed: true))
        }
    }
}
