import Hummingbird

/// The body limit: a declared length over it is refused before anything is read, and a streamed
/// body is cut off at it when a handler collects it (`maxUploadSize`).
struct LimitsMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let bodyLimit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        context.bodyLimit = bodyLimit
        if let length = request.headers[.contentLength].flatMap(Int.init), length > bodyLimit {
            throw APIError.tooLarge
        }
        return try await next(request, context)
    }
}
