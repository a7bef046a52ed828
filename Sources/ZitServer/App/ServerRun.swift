import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

extension Server {
    /// Runs until SIGTERM or SIGINT: then the server stops taking connections, lets running
    /// requests finish, and returns.
    public func run(logger: Logger) async throws {
        try FileManager.default.createDirectory(atPath: services.settings.dataFolder, withIntermediateDirectories: true)
        let group = ServiceGroup(
            configuration: .init(
                services: [application(logger: logger)],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        try await group.run()
    }
}
