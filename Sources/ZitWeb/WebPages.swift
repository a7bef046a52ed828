import Foundation
import Hummingbird
import ZitPolish
import ZitServer

/// The server's pages for people: failures of page requests in Polish, and the public
/// verification page. Requests of the API (under `/api/`, `/health`, or asking for JSON) keep
/// the API's JSON errors.
struct WebPages: Pages {
    let library: PageLibrary

    func errorPage(for error: APIError, request: Request, context: ServerContext) -> Response? {
        guard Self.isPageRequest(request) else { return nil }
        if error.status == .unauthorized, error != .signInFailed {
            return seeOther(SignInPages.signInPath(returningTo: request.uri.path, query: request.uri.query))
        }
        let (heading, text) = Self.words(for: error)
        var response = library.page(
            "blad", title: heading, request: request, context: context,
            content: ErrorView(naglowek: heading, opis: text), status: error.status)
        for field in error.headers { response.headers.append(field) }
        return response
    }

    func verificationPage(_ answer: VerificationJSON) -> Response {
        library.page(
            "weryfikacja", title: "Weryfikacja zaświadczenia", chrome: nil, content: VerificationView(answer))
    }

    static func isPageRequest(_ request: Request) -> Bool {
        let path = request.uri.path
        if path.hasPrefix("/api/") || path == "/api" || path == "/health" { return false }
        return request.headers[.accept]?.contains("application/json") != true
    }

    /// The heading and the sentence a person reads; the API's messages speak to programs in places.
    static func words(for error: APIError) -> (String, String) {
        switch error.status {
        case .notFound:
            ("Nie znaleziono", "Nie ma takiej strony albo nie masz do niej dostępu.")
        case .forbidden where error == .csrf:
            (
                "Brak dostępu",
                "Formularz wygasł albo nie pochodzi z tej strony. Wróć, odśwież stronę i wyślij formularz ponownie."
            )
        case .forbidden:
            ("Brak dostępu", "Twoja rola nie pozwala otworzyć tej strony ani wykonać tego działania.")
        default:
            ("Nie udało się", error.message)
        }
    }
}

struct ErrorView: Sendable {
    var naglowek: String
    var opis: String
}

/// What the verification page says about a number: only what `VerificationJSON` gives anyone.
struct VerificationView: Sendable {
    var numer: String
    var wazne: Bool
    var anulowane: Bool
    var brak: Bool
    var dataAnulowania: String?
    var wydane: String
    var wydarzenie: String?
    var terminy: String?
    var osoba: String?
    var suma: String?

    init(_ answer: VerificationJSON) {
        numer = answer.number
        brak = !answer.exists
        anulowane = answer.exists && answer.status == "cancelled"
        wazne = answer.exists && answer.status == "valid"
        dataAnulowania = answer.cancelledOn.map(Self.day)
        wydane = answer.issuedOn.map(Self.day) ?? ""
        wydarzenie = answer.event
        let dates = (answer.eventDates ?? []).compactMap { CalendarDate(iso: $0) }
        terminy = dates.isEmpty ? nil : PolishDates.range(dates)
        osoba = answer.holder
        suma = answer.checksumPrefix
    }

    static func day(_ iso: String) -> String {
        CalendarDate(iso: iso).map(PolishDates.day) ?? iso
    }
}
