import Foundation
import Hummingbird
import HummingbirdAuth
import Logging
import ZitRegister

/// The server: its router with every area's routes, and the services they share.
public struct Server: Sendable {
    public let services: Services
    public let routes: [DeclaredRoute]
    let responder: RouterResponder<ServerContext>
    let sessionStore: MemoryPersistDriver<ServerClock>

    /// The router with its middleware, in this order: log, security headers, errors, limits,
    /// sessions, who is calling; then each area's routes, each checked by `RouteTable`.
    /// `areas` add routes beside the API's (the web page); the first area's `pages` answer the
    /// failures of page requests and the verification page for browsers.
    public init(settings: ServerSettings, areas: [RouteArea] = []) throws(CertificateRegister.Failure) {
        let pages = areas.lazy.compactMap(\.pages).first
        services = try Services(settings: settings, pages: pages)
        sessionStore = MemoryPersistDriver(settings.clock)
        let router = Router(context: ServerContext.self)
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorMiddleware(pages: pages))
        router.add(middleware: LimitsMiddleware(bodyLimit: settings.bodyLimit))
        router.add(
            middleware: SessionMiddleware(
                storage: sessionStore,
                configuration: SessionMiddlewareConfiguration(
                    sessionCookieParameters: SessionCookieParameters(
                        name: "zitdocs_sesja", path: "/", secure: settings.secureCookies, sameSite: .strict),
                    keyPrefix: "sesja.",
                    defaultSessionExpiration: settings.sessionLifetime)))
        router.add(middleware: AuthenticationMiddleware(accounts: services.accounts))
        let table = RouteTable(router: router, services: services)
        for area in Self.areas { area(table) }
        for area in areas { area.add(table) }
        routes = table.declared
        responder = router.buildResponder()
    }

    /// Each area adds its routes; a new area is one more line here.
    static let areas: [@Sendable (RouteTable) -> Void] = [
        HealthRoutes.add,
        GenerationRoutes.add,
        ArchiveRoutes.add,
        JobRoutes.add,
        CheckRoutes.add,
        RenderRoutes.add,
        SessionRoutes.add,
        TokenRoutes.add,
        ProjectRoutes.add,
        PeriodRoutes.add,
        EventRoutes.add,
        ParticipantRoutes.add,
        RegisterRoutes.add,
        VerificationRoutes.add
    ]

    /// The application, ready to run or to test.
    public func application(logger: Logger = Logger(label: "zitdocs.serwer")) -> some ApplicationProtocol {
        var application = Application(
            responder: responder,
            configuration: .init(
                address: .hostname(services.settings.host, port: services.settings.port), serverName: nil),
            logger: logger)
        application.addServices(sessionStore, services.jobs)
        return application
    }
}

/// The application for `settings`; see `Server`.
public func buildApplication(settings: ServerSettings, logger: Logger = Logger(label: "zitdocs.serwer"))
    throws(CertificateRegister.Failure) -> some ApplicationProtocol
{
    try Server(settings: settings).application(logger: logger)
}
