import Hummingbird
import HummingbirdAuth
import NIOCore
import Synchronization

/// What a request carries through the server: who sent it, their session, the body limit.
public struct ServerContext: AuthRequestContext, SessionRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: Caller?
    public let sessions: SessionContext<SessionRecord>
    /// Set from the settings by `LimitsMiddleware` before any body is read.
    public var bodyLimit: Int = ServerSettings.defaultBodyLimit
    /// How the caller was recognised; a session cookie needs a CSRF header on state-changing requests.
    public var credential: Credential = .none
    /// Shared with the middleware outside the one that recognises the caller, for the request log.
    public let notes = RequestNotes()

    public enum Credential: Sendable { case none, session, bearer }

    public var maxUploadSize: Int { bodyLimit }

    /// The client's IP address, for lock-outs and rate limits.
    public let clientAddress: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress ?? "nieznany"
        identity = nil
        sessions = .init()
    }
}

/// What the middleware outside learns about a request from inside: the account that sent it, for
/// the request log, and the signed-in caller with the session's CSRF token, for an error page.
public final class RequestNotes: Sendable {
    private let account = Mutex<Int64?>(nil)
    private let signedIn = Mutex<(caller: Caller, csrfToken: String?)?>(nil)

    public var accountID: Int64? {
        get { account.withLock { $0 } }
        set { account.withLock { $0 = newValue } }
    }

    public var session: (caller: Caller, csrfToken: String?)? {
        get { signedIn.withLock { $0 } }
        set { signedIn.withLock { $0 = newValue } }
    }
}
