import ArgumentParser

/// `zitdocs`: the documents of the project "Sieciowanie Związków ZIT w Polsce".
public struct Zitdocs: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "zitdocs",
        abstract: "Wypełnia szablony Word (.docx) i OpenDocument (.odt) danymi projektu.",
        subcommands: [Render.self, Check.self, Generate.self, RegisterCommand.self, UserCommand.self, Serve.self])

    public init() {}

    /// As `ParsableCommand.main()`, except that a value the command could not use once it was
    /// running (an unknown event, a missing folder) is said in one Polish sentence. The argument
    /// parser would add its English "Error:" and "Usage:" lines, which belong to mistakes in
    /// the command line itself.
    ///
    /// `serve` is the one asynchronous command; the others run as they always did.
    public static func run(_ arguments: [String]? = nil) async -> Never {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            exit(withError: error)
        }
        do {
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
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
