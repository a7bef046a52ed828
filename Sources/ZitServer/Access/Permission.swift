import ZitRegister

/// What a route needs. Every route is declared with one; `RouteTable` checks it before the
/// handler runs, so no handler decides by itself who may call it.
public enum Permission: String, Sendable, CaseIterable {
    /// Anyone, without signing in (health, sign-in, certificate verification).
    case open
    /// Any signed-in user (their own session and tokens).
    case signedIn
    case readSummary
    case readPeriods
    case readEvents
    case readParticipants
    case readRegister
    case readRegisterTotals
    case exportRegister
    /// Documents of the caller's events and participants (certificates, attendance lists).
    case generateDocuments
    /// Progress reports and the Forum report.
    case generateReports
    case readJobs
    case render
    case checkUploads
    /// Cancelling an issued certificate in the register.
    case cancelCertificates
    /// A reporting period's archive: every certificate of its events and the whole register.
    case generateArchive

    /// The roles a permission is granted to. A partner's grants are further narrowed to its own
    /// events and people by `Scope`.
    public func isGranted(to role: AccountStore.Role) -> Bool {
        switch self {
        case .open, .signedIn: true
        case .readSummary, .readPeriods, .readRegisterTotals, .generateReports, .readJobs: true
        case .readEvents, .readParticipants, .readRegister, .generateDocuments: role != .authority
        case .exportRegister, .render, .checkUploads, .cancelCertificates, .generateArchive: role == .office
        }
    }
}
