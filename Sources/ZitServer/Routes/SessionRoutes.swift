import Hummingbird
import ZitRegister

/// Signing in and out with the session cookie.
enum SessionRoutes {
    struct SignIn: Decodable {
        var login: String
        var password: String
    }

    /// Who is signed in, and the token every state-changing request of this session must send
    /// back in `X-CSRF-Token`.
    struct SessionInfo: Encodable {
        var login: String
        var role: String
        var beneficiary: String?
        var csrfToken: String?
    }

    static func add(to table: RouteTable) {
        table.on(.post, "/api/v1/session", needs: .open) { request, context, access in
            let body = try await JSONReply.decode(SignIn.self, from: request, context: context)
            let caller = try await access.services.accounts.signIn(
                login: body.login, password: body.password, address: context.clientAddress)
            let csrf = context.startSession(for: caller, lifetime: access.services.settings.sessionLifetime)
            return try JSONReply.make(info(caller, csrf: csrf), request: request, context: context)
        }
        table.on(.get, "/api/v1/session", needs: .signedIn) { request, context, access in
            let caller = try access.requireCaller()
            return try JSONReply.make(
                info(caller, csrf: context.sessions.session?.csrfToken), request: request, context: context)
        }
        table.on(.delete, "/api/v1/session", needs: .signedIn) { _, context, _ in
            context.sessions.clearSession()
            return Response(status: .noContent)
        }
    }

    static func info(_ caller: Caller, csrf: String?) -> SessionInfo {
        SessionInfo(
            login: caller.login, role: caller.role.rawValue, beneficiary: caller.beneficiary?.rawValue, csrfToken: csrf)
    }
}
