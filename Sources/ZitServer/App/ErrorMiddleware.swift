import Hummingbird
import Logging

/// Turns every error into the API's JSON error: Hummingbird's own (an unknown route, a body too
/// large, JSON that does not decode) into 4xx with a Polish message, anything unexpected into 500
/// without its details, which only the log keeps. A page request gets the web's page instead
/// (`Pages`), when the server has one.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    /// Pages for the failures of page requests; the API's requests get JSON.
    let pages: (any Pages)?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let failure: APIError
        do {
            return try await next(request, context)
        } catch let error as APIError {
            failure = error
        } catch let error as any HTTPResponseError {
            failure = Self.translate(error.status)
        } catch is DecodingError {
            failure = .badJSON
        } catch {
            context.logger.error("Nieoczekiwany błąd: \(String(reflecting: error))")
            failure = .internalError
        }
        if let page = pages?.errorPage(for: failure, request: request, context: context) { return page }
        return try failure.response(from: request, context: context)
    }

    static func translate(_ status: HTTPResponse.Status) -> APIError {
        switch status {
        case .notFound: .notFound
        case .contentTooLarge: .tooLarge
        case .unauthorized: .notSignedIn
        case .forbidden: .forbidden
        case .methodNotAllowed: .notFound
        case .badRequest: .badJSON
        case .unsupportedMediaType:
            APIError(
                .unsupportedMediaType, code: "unsupported_media_type",
                message: "Nieobsługiwany rodzaj przesłanych danych.")
        default:
            status.code < 500
                ? APIError(status, code: "bad_request", message: "Żądanie jest niepoprawne.")
                : .internalError
        }
    }
}
