import Foundation

/// How one server runs: which project it serves, where it keeps its own files, its limits.
public struct ServerSettings: Sendable {
    public static let defaultBodyLimit = 20 << 20
    /// Beside the project's files, hidden, so a copied project folder takes its server's state along.
    public static let dataFolderName = ".zitdocs-serwer"

    public var projectFolder: String
    public var dataFolder: String
    public var host: String
    public var port: Int
    public var bodyLimit: Int
    /// How long a session lasts from sign-in; it is not extended by use.
    public var sessionLifetime: Duration
    /// Set when the server is reached over TLS (directly or through a proxy), so the session cookie is `Secure`.
    public var secureCookies: Bool
    public var signInPolicy: SignInPolicy
    /// Verification pages a client address may ask for in a minute.
    public var verificationsPerMinute: Int
    /// bcrypt's cost; tests lower it, as every hash costs 2^cost rounds.
    public var passwordCost: UInt8
    public var clock: ServerClock
    /// Templates, jobs and the generation rate limit.
    public var generation: GenerationSettings

    public init(
        projectFolder: String, dataFolder: String? = nil, host: String = "127.0.0.1", port: Int = 8080,
        bodyLimit: Int = ServerSettings.defaultBodyLimit, sessionLifetime: Duration = .seconds(8 * 3600),
        secureCookies: Bool = false, signInPolicy: SignInPolicy = SignInPolicy(), verificationsPerMinute: Int = 60,
        passwordCost: UInt8 = 12, clock: ServerClock = ServerClock(),
        generation: GenerationSettings = GenerationSettings()
    ) {
        self.projectFolder = projectFolder
        self.dataFolder = dataFolder ?? (projectFolder as NSString).appendingPathComponent(Self.dataFolderName)
        self.host = host
        self.port = port
        self.bodyLimit = bodyLimit
        self.sessionLifetime = sessionLifetime
        self.secureCookies = secureCookies
        self.signInPolicy = signInPolicy
        self.verificationsPerMinute = verificationsPerMinute
        self.passwordCost = passwordCost
        self.clock = clock
        self.generation = generation
    }
}

/// When repeated failed sign-ins lock a login or a client address out, and for how long.
public struct SignInPolicy: Sendable {
    public var failuresBeforeLockout: Int
    public var lockout: Duration

    public init(failuresBeforeLockout: Int = 5, lockout: Duration = .seconds(15 * 60)) {
        self.failuresBeforeLockout = failuresBeforeLockout
        self.lockout = lockout
    }
}
