import Foundation
import ZitRegister

/// What the handlers share: the project, the register, the accounts, the limits.
public final class Services: Sendable {
    public let settings: ServerSettings
    public let project: ProjectSource
    public let register: CertificateRegister
    public let accounts: Accounts
    public let verificationLimiter: RateLimiter

    public init(settings: ServerSettings) throws(CertificateRegister.Failure) {
        self.settings = settings
        project = ProjectSource(folder: settings.projectFolder)
        register = try CertificateRegister(folder: settings.projectFolder)
        accounts = Accounts(store: AccountStore(register: register), settings: settings)
        verificationLimiter = RateLimiter(limit: settings.verificationsPerMinute, window: .seconds(60), clock: settings.clock)
    }
}
