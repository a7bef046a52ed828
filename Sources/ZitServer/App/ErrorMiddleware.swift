import Hummingbird
import Logging

/// Turns every error into the API's JSON error: Hummingbird's own (an unknown route, a body too
/// large, JSON that does not decode) into 4xx with a Polish message, anything unexpected into 500
/// without its details, which only the log keeps.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = ServerContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return try error.response(from: request, context: context)
        } catch let error as any HTTPResponseError {
            return try Self.translate(error.status).response(from: request, context: context)
        } catch is DecodingError {
            return try APIError.badJSON.response(from: request, context: context)
        } catch {
            context.logger.error("Nieoczekiwany błąd: \(String(reflecting: error))")
            return try APIError.internalError.response(from: request, context: context)
        }
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
