import Foundation
import Hummingbird

/// What a handler gets besides the request: the caller the route table let through and the
/// server's services. Handlers that need the signed-in caller use `requireCaller()`.
public struct Access: Sendable {
    public let caller: Caller?
    public let services: Services
    let context: ServerContext
    /// A page's form, read and CSRF-checked by `RouteTable` (routes declared with `csrf: .formField`).
    public let form: FormBody?

    init(caller: Caller?, services: Services, context: ServerContext, form: FormBody? = nil) {
        self.caller = caller
        self.services = services
        self.context = context
        self.form = form
    }

    public func requireCaller() throws -> Caller {
        guard let caller else { throw APIError.notSignedIn }
        return caller
    }

    /// The project as the caller may see it.
    public func scope() async throws -> Scope {
        let caller = try requireCaller()
        let (facts, version) = try await services.project.facts()
        return Scope(caller: caller, facts: facts, projectVersion: version)
    }

    /// A path parameter, percent-decoded; malformed encoding is the client's mistake (400).
    public func parameter(_ name: String) throws -> String {
        guard let raw = context.parameters.get(name) else { throw APIError.notFound }
        guard let value = raw.removingPercentEncoding else { throw APIError.badPath }
        return value
    }

    /// The rest of the path taken by a catch-all route, percent-decoded (`3/2026/WZP` or `3%2F2026%2FWZP`).
    public func remainingPath() throws -> String {
        let raw = context.parameters.getCatchAll().joined(separator: "/")
        guard let value = raw.removingPercentEncoding else { throw APIError.badPath }
        guard !value.isEmpty else { throw APIError.notFound }
        return value
    }
}
