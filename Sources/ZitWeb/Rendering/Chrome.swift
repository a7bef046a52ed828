import ZitRegister
import ZitServer

/// What every signed-in page shows around its content: who is signed in, the menu of the pages
/// their role may open, and the session's CSRF token for the sign-out form.
struct Chrome: Sendable {
    struct Link: Sendable {
        var href: String
        var label: String
        var current: Bool
    }

    var login: String
    var rola: String
    var links: [Link]
    var csrf: String

    init(caller: Caller, csrf: String, path: String) {
        login = caller.login
        switch caller.role {
        case .office: rola = "biuro projektu"
        case .partner: rola = "partner \(caller.beneficiary?.rawValue ?? "")"
        case .authority: rola = "instytucja pośrednicząca"
        }
        links = Self.menu.filter { $0.permission.isGranted(to: caller.role) }.map { item in
            Link(
                href: item.href, label: item.label,
                current: item.href == "/" ? path == "/" : path == item.href || path.hasPrefix(item.href + "/"))
        }
        self.csrf = csrf
    }

    /// The chrome for the request's caller, or nil when nobody is signed in. The notes, not the
    /// identity, since an error page is made outside the middleware that recognises the caller.
    init?(context: ServerContext, path: String) {
        guard let session = context.notes.session else { return nil }
        self.init(caller: session.caller, csrf: session.csrfToken ?? "", path: path)
    }

    /// The menu, each entry shown only to the roles granted the permission its page needs.
    static let menu: [(href: String, label: String, permission: Permission)] = [
        ("/", "Start", .readSummary),
        ("/wydarzenia", "Wydarzenia", .readEvents),
        ("/uczestnicy", "Uczestnicy", .readParticipants),
        ("/sprawozdania", "Sprawozdania", .generateReports),
        ("/dane", "Dane", .checkUploads),
        ("/rejestr", "Rejestr", .readRegisterTotals),
        ("/konto/haslo", "Zmień hasło", .signedIn)
    ]
}
