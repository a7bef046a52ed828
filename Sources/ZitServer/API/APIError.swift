import Foundation
import Hummingbird

/// Every error the API answers with: a stable `code` for programs and a Polish `message` for people.
/// Whatever else goes wrong inside a handler becomes `internal` without its details.
public struct APIError: Error, HTTPResponseError, Sendable, Equatable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String
    public var headers: HTTPFields = [:]

    public init(_ status: HTTPResponse.Status, code: String, message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
    }

    struct Body: Codable {
        var code: String
        var message: String
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        fields[.cacheControl] = "no-store"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Body(code: code, message: message))) ?? Data()
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension APIError {
    public static let notSignedIn = APIError(
        .unauthorized, code: "not_signed_in", message: "Zaloguj się, aby skorzystać z tej części serwisu.")
    public static let forbidden = APIError(
        .forbidden, code: "forbidden", message: "Twoja rola nie pozwala na to działanie.")
    public static let notFound = APIError(
        .notFound, code: "not_found", message: "Nie ma takiego zasobu albo nie masz do niego dostępu.")
    public static let signInFailed = APIError(
        .unauthorized, code: "sign_in_failed", message: "Nieprawidłowy login lub hasło.")
    public static let csrf = APIError(
        .forbidden, code: "csrf_token_missing",
        message: "Brak poprawnego nagłówka X-CSRF-Token; odśwież stronę i spróbuj ponownie.")
    public static let badJSON = APIError(
        .badRequest, code: "bad_json",
        message: "Treść żądania nie jest poprawnym dokumentem JSON o oczekiwanych polach.")
    public static let badPath = APIError(
        .badRequest, code: "bad_path", message: "Adres zawiera niepoprawnie zakodowane znaki.")
    public static let tooLarge = APIError(
        .contentTooLarge, code: "body_too_large", message: "Przesłane dane są za duże.")
    public static let internalError = APIError(
        .internalServerError, code: "internal",
        message: "Wystąpił błąd serwera; spróbuj ponownie, a jeśli się powtórzy, powiadom biuro projektu.")
    public static let projectUnreadable = APIError(
        .serviceUnavailable, code: "project_unreadable",
        message: "Danych projektu nie da się teraz odczytać; biuro projektu powinno uruchomić zitdocs check.")

    public static func projectHasErrors(_ count: Int) -> APIError {
        APIError(
            .conflict, code: "project_has_errors",
            message: "Dane projektu zawierają błędy (\(count)), więc nie utworzono żadnych dokumentów. "
                + "Biuro projektu powinno je poprawić (zitdocs check albo sprawdzenie listy w serwisie).")
    }

    public static func tooManyRequests(retryAfter seconds: Int) -> APIError {
        APIError(
            .tooManyRequests, code: "too_many_requests",
            message: "Zbyt wiele prób w krótkim czasie; spróbuj ponownie za \(seconds) s.",
            headers: [.retryAfter: String(seconds)])
    }

    public static func badRequest(_ code: String, _ message: String) -> APIError {
        APIError(.badRequest, code: code, message: message)
    }
}
