import Hummingbird
import ZitRegister

/// Bearer tokens for scripts: a user creates them (each shown once), lists and revokes their own.
enum TokenRoutes {
    struct NewToken: Decodable {
        var name: String
    }

    struct TokenInfo: Encodable {
        var id: Int64
        var name: String
        var createdAt: String
        /// Only in the answer that creates it; the server keeps its SHA-256 alone.
        var token: String?
    }

    static func add(to table: RouteTable) {
        table.on(.post, "/api/v1/tokens", needs: .signedIn) { request, context, access in
            let caller = try access.requireCaller()
            let body = try await JSONReply.decode(NewToken.self, from: request, context: context)
            let name = body.name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard (1...100).contains(name.count) else {
                throw APIError.badRequest("bad_token_name", "Nazwa tokenu musi mieć od 1 do 100 znaków.")
            }
            let (token, record) = try access.services.accounts.createToken(for: caller, name: name)
            return try JSONReply.make(
                TokenInfo(id: record.id, name: record.name, createdAt: record.createdAt, token: token),
                status: .created,
                request: request, context: context)
        }
        table.on(.get, "/api/v1/tokens", needs: .signedIn) { request, context, access in
            let caller = try access.requireCaller()
            let tokens = try access.services.accounts.store.tokens(account: caller.accountID)
            return try JSONReply.make(
                tokens.map { TokenInfo(id: $0.id, name: $0.name, createdAt: $0.createdAt, token: nil) },
                request: request,
                context: context)
        }
        table.on(.delete, "/api/v1/tokens/{id}", needs: .signedIn) { _, _, access in
            let caller = try access.requireCaller()
            guard let id = Int64(try access.parameter("id")),
                try access.services.accounts.revokeToken(id: id, account: caller.accountID)
            else { throw APIError.notFound }
            return Response(status: .noContent)
        }
    }
}
