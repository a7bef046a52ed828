import ZitProject
import ZitRegister

/// Who sent a request, as the authorisation layer sees them.
public struct Caller: Sendable, Equatable {
    public var accountID: Int64
    public var login: String
    public var role: AccountStore.Role
    /// The partner's beneficiary; nil for the office and the authority.
    public var beneficiary: BeneficiaryID?

    public init(account: AccountStore.Account) {
        accountID = account.id
        login = account.login
        role = account.role
        beneficiary = account.role == .partner ? account.beneficiary.map { BeneficiaryID($0) } : nil
    }
}

/// What a session cookie stands for: the account and the CSRF token given at sign-in.
public struct SessionRecord: Codable, Sendable {
    public var accountID: Int64
    public var csrfToken: String
}

extension ServerContext {
    /// Signs `caller` in with a new session cookie; returns the session's CSRF token, which every
    /// state-changing request of the session must send back.
    public func startSession(for caller: Caller, lifetime: Duration) -> String {
        let csrf = Accounts.randomText(bytes: 32)
        sessions.createSession(SessionRecord(accountID: caller.accountID, csrfToken: csrf), expiresIn: lifetime)
        notes.accountID = caller.accountID
        return csrf
    }
}
