import Foundation
import ZitRegister

/// What the handlers share: the project, the register, the accounts, the limits.
public final class Services: Sendable {
    public let settings: ServerSettings
    public let project: ProjectSource
    public let register: CertificateRegister
    public let accounts: Accounts
    public let verificationLimiter: RateLimiter
    /// Generations a user may ask for in a minute.
    public let generationLimiter: RateLimiter
    public let documents: DocumentMaker
    public let jobs: JobQueue
    /// Folders for one request's files.
    public let scratch: ScratchFolders
    /// The web's pages, when the server has them.
    public let pages: (any Pages)?

    public init(settings: ServerSettings, pages: (any Pages)? = nil) throws(CertificateRegister.Failure) {
        HeapTrimmer.limitArenas()
        self.settings = settings
        self.pages = pages
        project = ProjectSource(folder: settings.projectFolder)
        register = try CertificateRegister(folder: settings.projectFolder)
        accounts = Accounts(store: AccountStore(register: register), settings: settings)
        accounts.passwords.prepare()
        verificationLimiter = RateLimiter(
            limit: settings.verificationsPerMinute, window: .seconds(60), clock: settings.clock)
        generationLimiter = RateLimiter(
            limit: settings.generation.generationsPerMinute, window: .seconds(60), clock: settings.clock)
        documents = DocumentMaker(
            projectFolder: settings.projectFolder, templatesFolder: settings.generation.templatesFolder,
            register: register)
        jobs = JobQueue(folders: JobFolders(dataDirectory: settings.dataFolder), settings: settings.generation.jobs)
        scratch = ScratchFolders(dataDirectory: settings.dataFolder)
    }
}
