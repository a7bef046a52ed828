import ArgumentParser

/// `zitdocs`: the documents of the project "Sieciowanie Związków ZIT w Polsce".
public struct Zitdocs: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "zitdocs",
        abstract: "Wypełnia szablony Word (.docx) i OpenDocument (.odt) danymi projektu.",
        subcommands: [Render.self, Check.self, Generate.self, RegisterCommand.self])

    public init() {}
}
