import Foundation
import Hummingbird
import NIOCore
import ZitPolish

/// `GET /weryfikacja/{number}`: public, without signing in, limited per client address. The
/// number is written as printed, slashes included (`/weryfikacja/3/2026/WZP`); `%2F` works too.
/// JSON for `Accept: application/json`, a short Polish page otherwise.
enum VerificationRoutes {
    static func add(to table: RouteTable) {
        table.on(.get, "/weryfikacja/{number}", needs: .open, catchAll: true) { request, context, access in
            try access.services.verificationLimiter.admit(context.clientAddress)
            let number = try access.remainingPath()
            let entry = try access.services.register.entries().first { $0.number == number && $0.status != .reserved }
            let project = try? await access.services.project.current()
            let answer = entry.map { VerificationJSON($0, project: project) } ?? .missing(number)
            if request.headers[.accept]?.contains("application/json") == true {
                return try JSONReply.make(answer, request: request, context: context)
            }
            return access.services.pages?.verificationPage(answer) ?? page(answer)
        }
    }

    static func page(_ answer: VerificationJSON) -> Response {
        var lines = ["<h1>Weryfikacja zaświadczenia nr \(escape(answer.number))</h1>"]
        if !answer.exists {
            lines.append("<p>W rejestrze nie ma zaświadczenia o tym numerze.</p>")
        } else {
            if answer.status == "cancelled" {
                lines.append(
                    "<p><strong>Zaświadczenie zostało anulowane\(answer.cancelledOn.map { " dnia \(polishDay($0))" } ?? "").</strong></p>"
                )
            } else {
                lines.append("<p><strong>Zaświadczenie jest ważne.</strong></p>")
            }
            lines.append("<p>Wydane: \(escape(answer.issuedOn.map(polishDay) ?? ""))</p>")
            if let event = answer.event {
                lines.append(
                    "<p>Dotyczy: \(escape(event))\(eventDates(answer.eventDates ?? []))</p>"
                )
            }
            if let holder = answer.holder { lines.append("<p>Osoba: \(escape(holder))</p>") }
            if let prefix = answer.checksumPrefix {
                lines.append("<p>Początek sumy kontrolnej SHA-256 dokumentu: <code>\(escape(prefix))</code></p>")
            }
        }
        let html =
            "<!DOCTYPE html><html lang=\"pl\"><head><meta charset=\"utf-8\"><title>Weryfikacja zaświadczenia</title></head><body>"
            + lines.joined() + "</body></html>"
        return Response(
            status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The page is read by people, so its dates are written as a Polish document writes them
    /// ("5 marca 2026 r."); the JSON keeps ISO dates for programs.
    static func polishDay(_ iso: String) -> String {
        CalendarDate(iso: iso).map(PolishDates.day) ?? iso
    }

    static func eventDates(_ isoDates: [String]) -> String {
        let dates = isoDates.compactMap { CalendarDate(iso: $0) }
        guard !dates.isEmpty, dates.count == isoDates.count else {
            return isoDates.isEmpty ? "" : ", " + escape(isoDates.joined(separator: ", "))
        }
        return ", " + escape(PolishDates.range(dates))
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
