import Foundation
import Hummingbird
import ZitDocuments
import ZitPolish
import ZitRegister
import ZitServer

/// The register: totals for every role; the certificates the caller may see (`Scope`), searched
/// by number or surname; cancelling with a reason (office). The authority sees the totals alone.
enum RegisterPages {
    struct Series: Sendable {
        var seria: String
        var liczba: Int
    }

    struct Entry: Sendable {
        var lp: Int
        var numer: String
        var osoba: String
        var wydarzenie: String
        var data: String
        var stan: String
        var anuluj: Bool
        var mozna: Bool
        var blad: String?
    }

    struct View: Sendable {
        var csrf: String
        var komunikat: String?
        var wydane: Int
        var zarezerwowane: Int
        var anulowane: Int
        var razem: Int
        var serie: [Series]
        var lista: Bool
        var eksport: Bool
        var szukane: String
        var wpisy: [Entry]
    }

    static func add(to table: RouteTable, library: PageLibrary) {
        table.on(.get, "/rejestr", needs: .readRegisterTotals) { request, context, access in
            let cancelled = request.uri.queryParameters.get("anulowano")
            let content = try await view(
                access: access, context: context, query: request.uri.queryParameters.get("q") ?? "",
                message: cancelled.map { "Anulowano zaświadczenie nr \($0)." }, failed: nil)
            return library.page(
                "rejestr", title: "Rejestr zaświadczeń", request: request, context: context, content: content)
        }
        table.on(.post, "/rejestr/anuluj", needs: .cancelCertificates, csrf: .formField) {
            request, context, access in
            let number = access.form?.field("numer") ?? ""
            let reason = (access.form?.field("powod") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard try access.services.register.entries().contains(where: { $0.number == number }) else {
                throw APIError.notFound
            }
            guard !reason.isEmpty else {
                let content = try await view(
                    access: access, context: context, query: number, message: nil,
                    failed: (number, "Podaj powód anulowania."))
                return library.page(
                    "rejestr", title: "Rejestr zaświadczeń", request: request, context: context, content: content,
                    status: .unprocessableContent)
            }
            do throws(CertificateRegister.Failure) {
                try access.services.register.cancel(number, reason: reason)
            } catch {
                let content = try await view(
                    access: access, context: context, query: number, message: nil, failed: (number, error.description))
                return library.page(
                    "rejestr", title: "Rejestr zaświadczeń", request: request, context: context, content: content,
                    status: .unprocessableContent)
            }
            return seeOther("/rejestr?anulowano=\(SignInPages.encoded(number))")
        }
    }

    static func view(
        access: Access, context: ServerContext, query: String, message: String?, failed: (number: String, text: String)?
    ) async throws -> View {
        let scope = try await access.scope()
        let all = try access.services.register.entries()
        let counted = scope.countedEntries(all)
        var series: [String: Int] = [:]
        for entry in counted where entry.status == .issued {
            series[entry.number.split(separator: "/").last.map(String.init) ?? "", default: 0] += 1
        }
        let role = scope.caller.role
        let listed = role == .authority ? [] : matching(scope.visibleEntries(all), query: query)
        let entries = listed.enumerated().map { index, entry in
            Entry(
                lp: index + 1, numer: entry.number, osoba: entry.name,
                wydarzenie: RegisterDocument.subjectText(entry.subject, in: scope.project),
                data: CalendarDate(iso: entry.issuedOn).map(PolishDates.day) ?? entry.issuedOn,
                stan: status(entry), anuluj: role == .office, mozna: entry.status == .issued,
                blad: failed?.number == entry.number ? failed?.text : nil)
        }
        return View(
            csrf: context.sessions.session?.csrfToken ?? "", komunikat: message,
            wydane: counted.filter { $0.status == .issued }.count,
            zarezerwowane: counted.filter { $0.status == .reserved }.count,
            anulowane: counted.filter { $0.status == .cancelled }.count, razem: counted.count,
            serie: series.sorted { $0.key < $1.key }.map { Series(seria: $0.key, liczba: $0.value) },
            lista: role != .authority, eksport: Permission.exportRegister.isGranted(to: role), szukane: query,
            wpisy: entries)
    }

    /// Entries whose number or holder's name contains the query, regardless of case and Polish letters.
    static func matching(_ entries: [CertificateRegister.Entry], query: String) -> [CertificateRegister.Entry] {
        let wanted = fold(query.trimmingCharacters(in: .whitespaces))
        guard !wanted.isEmpty else { return entries }
        return entries.filter { fold($0.number).contains(wanted) || fold($0.name).contains(wanted) }
    }

    static func fold(_ text: String) -> String {
        Polish.transliterated(Polish.lowercased(text))
    }

    static func status(_ entry: CertificateRegister.Entry) -> String {
        switch entry.status {
        case .issued: "wydane"
        case .reserved: "w trakcie wystawiania"
        case .cancelled:
            "anulowane" + (entry.cancelledOn.flatMap { CalendarDate(iso: $0) }.map { " \(PolishDates.day($0))" } ?? "")
                + (entry.cancellationReason.map { " (\($0))" } ?? "")
        }
    }
}
