import Crypto
import Foundation
import Hummingbird

/// A route as declared: its method, its path as the OpenAPI file writes it, and what it needs.
public struct DeclaredRoute: Sendable, Hashable {
    public var method: HTTPRequest.Method
    public var path: String
    public var permission: Permission
}

/// The one place routes are added: each with the permission it needs, checked here before its
/// handler runs (401 without a caller, 403 for a role the permission is not granted to, 403 for a
/// session-cookie request that changes something without the CSRF header, or a page's form
/// without the CSRF field). Resources a role may see only in part (a partner's events and people)
/// are narrowed by `Scope`, which answers 404.
public final class RouteTable {
    /// Where a session-cookie request that changes something carries its CSRF token: the API's
    /// scripts send the `X-CSRF-Token` header; a page's form, which cannot set headers, sends the
    /// hidden field `csrf`, and the route gets the form read (`Access.form`).
    public enum CSRFToken: Sendable { case header, formField }

    public typealias Handler = @Sendable (Request, ServerContext, Access) async throws -> Response

    let router: Router<ServerContext>
    let services: Services
    public private(set) var declared: [DeclaredRoute] = []

    init(router: Router<ServerContext>, services: Services) {
        self.router = router
        self.services = services
    }

    /// Adds a route. `path` is in the OpenAPI file's form (`/api/v1/events/{id}`); with
    /// `catchAll`, its last parameter takes the rest of the path, slashes included (a
    /// certificate number such as `3/2026/WZP`).
    public func on(
        _ method: HTTPRequest.Method, _ path: String, needs permission: Permission, catchAll: Bool = false,
        csrf: CSRFToken = .header, handler: @escaping Handler
    ) {
        declared.append(DeclaredRoute(method: method, path: path, permission: permission))
        var routerPath = path
        if catchAll, let open = routerPath.lastIndex(of: "{") {
            routerPath = String(routerPath[..<open]) + "**"
        }
        let services = services
        router.on(RouterPath(routerPath), method: method) {
            (request: Request, context: ServerContext) async throws -> Response in
            let caller = try Self.authorise(request, context: context, permission: permission, csrf: csrf)
            var form: FormBody?
            if csrf == .formField, request.method == .post {
                form = try await Self.readForm(request, context: context, checked: permission != .open)
            }
            return try await handler(
                request, context, Access(caller: caller, services: services, context: context, form: form))
        }
    }

    static func authorise(
        _ request: Request, context: ServerContext, permission: Permission, csrf: CSRFToken = .header
    ) throws -> Caller? {
        if permission == .open { return context.identity }
        guard let caller = context.identity else { throw APIError.notSignedIn }
        guard permission.isGranted(to: caller.role) else { throw APIError.forbidden }
        if csrf == .header, context.credential == .session, ![.get, .head, .options].contains(request.method) {
            guard
                let expected = context.sessions.session?.csrfToken,
                let given = request.headers[.csrfToken],
                Self.constantTimeEqual(Array(expected.utf8), Array(given.utf8))
            else { throw APIError.csrf }
        }
        return caller
    }

    /// The form, read within the body limit; for a signed-in caller its `csrf` field must be the
    /// session's token (a form of an open route, sign-in, has no session yet to hold one).
    static func readForm(_ request: Request, context: ServerContext, checked: Bool) async throws -> FormBody {
        let bytes = [UInt8](buffer: try await request.body.collect(upTo: context.maxUploadSize))
        let form: FormBody
        do {
            form = try FormBody(bytes: bytes, contentType: request.headers[.contentType])
        } catch {
            throw APIError.badRequest("bad_form", "Przesłany formularz jest niepoprawny.")
        }
        if checked, context.credential == .session {
            guard let expected = context.sessions.session?.csrfToken, let given = form.field("csrf"),
                constantTimeEqual(Array(expected.utf8), Array(given.utf8))
            else { throw APIError.csrf }
        }
        return form
    }

    private static func constantTimeEqual(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for (a, b) in zip(left, right) { difference |= a ^ b }
        return difference == 0
    }
}
