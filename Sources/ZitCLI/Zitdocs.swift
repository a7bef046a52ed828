import ArgumentParser
import Dispatch

/// `zitdocs`: the documents of the project "Sieciowanie Związków ZIT w Polsce".
public struct Zitdocs: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "zitdocs",
        abstract: "Wypełnia szablony Word (.docx) i OpenDocument (.odt) danymi projektu.",
        subcommands: [
            Render.self, Check.self, Generate.self, RegisterCommand.self, UserCommand.self, Serve.self,
            PDFCheckCommand.self, Lint.self
        ])

    public init() {}

    /// As `ParsableCommand.main()`, except that a value the command could not use once it was
    /// running (an unknown event, a missing folder) is said in one Polish sentence. The argument
    /// parser would add its English "Error:" and "Usage:" lines, which belong to mistakes in
    /// the command line itself.
    ///
    /// `serve` is the one asynchronous command; the others run as they always did, on the main
    /// thread without an asynchronous main (which valgrind, counting the commands' work, cannot run).
    public static func run(_ arguments: [String]? = nil) -> Never {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            exit(withError: error)
        }
        do {
            if let asynchronous = command as? any AsyncParsableCommand {
                try AsyncRun.wait(for: asynchronous)
            } else {
                try command.run()
            }
        } catch let error as ValidationError {
            Messages.report(error.message)
            exit(withError: ExitCode.failure)
        } catch {
            exit(withError: error)
        }
        exit()
    }
}

/// Runs an asynchronous command from the synchronous main thread and waits for it.
enum AsyncRun {
    private final class Outcome: @unchecked Sendable {
        /// Written once by the task before `done` is signalled, read only after waiting.
        var error: (any Error)?
        let done = DispatchSemaphore(value: 0)
    }

    static func wait(for command: any AsyncParsableCommand) throws {
        let outcome = Outcome()
        nonisolated(unsafe) var command = command
        Task.detached {
            do { try await command.run() } catch { outcome.error = error }
            outcome.done.signal()
        }
        outcome.done.wait()
        if let error = outcome.error { throw error }
    }
}
