import Hummingbird

/// Recognises the caller: a bearer token (`Authorization: Bearer zit_…`) or the session cookie.
/// It only says who is calling; what they may do is `RouteTable`'s decision.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let accounts: Accounts

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        if let authorization = request.headers[.authorization] {
            let parts = authorization.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "bearer",
                let caller = try accounts.caller(token: String(parts[1]))
            else {
                throw APIError(
                    .unauthorized, code: "bad_token",
                    message: "Token dostępu jest nieprawidłowy albo został odwołany.",
                    headers: [.wwwAuthenticate: "Bearer"])
            }
            context.identity = caller
            context.credential = .bearer
        } else if let session = context.sessions.session {
            if let caller = try accounts.caller(accountID: session.accountID) {
                context.identity = caller
                context.credential = .session
            } else {
                context.sessions.clearSession()
            }
        }
        context.notes.accountID = context.identity?.accountID
        context.notes.session = context.identity.map { ($0, context.sessions.session?.csrfToken) }
        return try await next(request, context)
    }
}
