import Foundation
import Hummingbird
import ZitServer

/// Signing in with the session cookie the API uses, and signing out.
enum SignInPages {
    struct View: Sendable {
        var login: String
        var blad: String?
        var dalej: String?
    }

    static func add(to table: RouteTable, library: PageLibrary) {
        table.on(.get, "/logowanie", needs: .open) { request, context, access in
            let next = safeNext(request.uri.queryParameters.get("dalej"))
            if access.caller != nil { return seeOther(next ?? "/") }
            return library.page(
                "logowanie", title: "Logowanie", chrome: nil,
                content: View(login: "", blad: nil, dalej: next.map(encoded)))
        }
        table.on(.post, "/logowanie", needs: .open, csrf: .formField) { request, context, access in
            let next = safeNext(request.uri.queryParameters.get("dalej"))
            let login = access.form?.field("login") ?? ""
            let password = access.form?.field("haslo") ?? ""
            do {
                let caller = try await access.services.accounts.signIn(
                    login: login, password: password, address: context.clientAddress)
                _ = context.startSession(for: caller, lifetime: access.services.settings.sessionLifetime)
                return seeOther(next ?? "/")
            } catch let error as APIError where error == .signInFailed || error.status == .tooManyRequests {
                var response = library.page(
                    "logowanie", title: "Logowanie", chrome: nil,
                    content: View(login: login, blad: error.message, dalej: next.map(encoded)),
                    status: error.status)
                for field in error.headers { response.headers.append(field) }
                return response
            }
        }
        table.on(.post, "/wyloguj", needs: .signedIn, csrf: .formField) { _, context, _ in
            context.sessions.clearSession()
            return seeOther("/logowanie")
        }
    }

    /// Where a signed-out request is sent, so that after signing in the person lands where they were going.
    static func signInPath(returningTo path: String, query: String?) -> String {
        let target = query.map { "\(path)?\($0)" } ?? path
        guard let next = safeNext(target), next != "/" else { return "/logowanie" }
        return "/logowanie?dalej=\(encoded(next))"
    }

    /// Only a path of this server: never another host (`//host`, `https:`), never a backslash
    /// some browsers read as a slash.
    static func safeNext(_ value: String?) -> String? {
        guard let value, value.hasPrefix("/"), !value.hasPrefix("//"), !value.contains("\\"),
            !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return nil }
        return value
    }

    static func encoded(_ path: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? "/"
    }
}
