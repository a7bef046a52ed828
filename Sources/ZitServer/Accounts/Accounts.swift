import Foundation
import NIOPosix
import ZitRegister

/// Accounts as the server and the `user` command use them: adding, signing in, tokens.
public final class Accounts: Sendable {
    public let store: AccountStore
    let passwords: Passwords
    let throttle: SignInThrottle
    /// Tokens recently found valid, by digest: a script sends its token with every request.
    let recentTokens: RecentTokens

    public init(store: AccountStore, settings: ServerSettings) {
        self.store = store
        passwords = Passwords(cost: settings.passwordCost)
        throttle = SignInThrottle(policy: settings.signInPolicy, clock: settings.clock)
        recentTokens = RecentTokens(clock: settings.clock)
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case invalid(String)
        case storage(String)
        public var description: String {
            switch self {
            case .invalid(let text), .storage(let text): text
            }
        }
    }

    static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }

    /// Adds an account. A partner is bound to a beneficiary of the project (`beneficiaries` are the
    /// ids of projekt.yaml); the other roles are not bound to any.
    public func add(
        login: String, role: AccountStore.Role, beneficiary: String?, password: String, beneficiaries: [String]
    ) throws(Failure) -> AccountStore.Account {
        try Self.validate(login: login, role: role, beneficiary: beneficiary, beneficiaries: beneficiaries)
        if let problem = Passwords.problem(with: password) { throw .invalid(problem) }
        do {
            return try store.add(
                login: login, role: role, beneficiary: role == .partner ? beneficiary : nil,
                passwordHash: passwords.hash(password), createdAt: Self.timestamp())
        } catch {
            throw .storage(error.description)
        }
    }

    /// What `add` checks before any password is asked for.
    public static func validate(
        login: String, role: AccountStore.Role, beneficiary: String?, beneficiaries: [String]
    ) throws(Failure) {
        guard login.range(of: #"^[A-Za-z0-9._@-]{2,64}$"#, options: .regularExpression) != nil else {
            throw .invalid(
                "Login może mieć od 2 do 64 znaków: liter bez polskich znaków, cyfr, kropek, podkreśleń, myślników i @."
            )
        }
        switch (role, beneficiary) {
        case (.partner, nil):
            throw .invalid(
                "Konto partnera wymaga opcji --beneficiary z identyfikatorem beneficjenta (\(beneficiaries.joined(separator: ", ")))."
            )
        case (.partner, let id?) where !beneficiaries.contains(id):
            throw .invalid(
                "W projekt.yaml nie ma beneficjenta „\(id)”; dostępni: \(beneficiaries.joined(separator: ", ")).")
        case (.office, _?), (.authority, _?):
            throw .invalid("Opcja --beneficiary dotyczy tylko kont partnerów (--role partner).")
        default: break
        }
    }

    public func setPassword(login: String, password: String) throws(Failure) {
        defer { recentTokens.forget() }
        if let problem = Passwords.problem(with: password) { throw .invalid(problem) }
        do {
            guard try store.setPasswordHash(passwords.hash(password), login: login) else {
                throw Failure.invalid("Nie ma konta „\(login)”.")
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .storage(String(describing: error))
        }
    }

    /// The caller for a login and password. An unknown login, a wrong password and a disabled
    /// account all get the same answer after the same bcrypt work; repeated failures lock out.
    /// bcrypt's deliberate slowness runs on NIO's blocking pool, so sign-ins in progress never
    /// hold up the threads that answer every other request.
    public func signIn(login: String, password: String, address: String) async throws -> Caller {
        try await NIOThreadPool.singleton.runIfActive { [self] in
            try signInNow(login: login, password: password, address: address)
        }
    }

    private func signInNow(login: String, password: String, address: String) throws(APIError) -> Caller {
        try throttle.check(login: login, address: address)
        let account: AccountStore.Account?
        do {
            account = try store.account(login: login)
        } catch {
            throw .internalError
        }
        let usable = account.flatMap { $0.isDisabled ? nil : $0 }
        guard passwords.verify(password, against: usable?.passwordHash), let usable else {
            throttle.recordFailure(login: login, address: address)
            throw .signInFailed
        }
        throttle.recordSuccess(login: login)
        return Caller(account: usable)
    }

    /// The caller a session or token stands for, while the account exists and is not disabled.
    func caller(accountID: Int64) throws(APIError) -> Caller? {
        do {
            return try store.account(id: accountID).flatMap { $0.isDisabled ? nil : Caller(account: $0) }
        } catch {
            throw .internalError
        }
    }

    func caller(token: String) throws(APIError) -> Caller? {
        let digest = Self.digest(token)
        if let known = recentTokens.caller(digest: digest) { return known }
        do {
            let caller = try store.account(tokenDigest: digest).flatMap {
                $0.isDisabled ? nil : Caller(account: $0)
            }
            if let caller { recentTokens.keep(caller, digest: digest) }
            return caller
        } catch {
            throw .internalError
        }
    }

    /// Revokes one of an account's tokens; false when the account has no token with this id.
    func revokeToken(id: Int64, account: Int64) throws(CertificateRegister.Failure) -> Bool {
        defer { recentTokens.forget() }
        return try store.revokeToken(id: id, account: account)
    }

    /// A new token, shown once: only its SHA-256 is kept.
    func createToken(for caller: Caller, name: String) throws(APIError) -> (token: String, record: AccountStore.Token) {
        let token = "zit_" + Self.randomText(bytes: 32)
        do {
            let record = try store.addToken(
                account: caller.accountID, digest: Self.digest(token), name: name, createdAt: Self.timestamp())
            return (token, record)
        } catch {
            throw .internalError
        }
    }

    static func digest(_ token: String) -> String {
        Checksum.of(bytes: Array(token.utf8))
    }

    /// Random bytes from the system's generator, as URL-safe base64 without padding.
    static func randomText(bytes count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
