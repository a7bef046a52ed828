import ArgumentParser

/// `zitdocs`: the documents of the project "Sieciowanie Związków ZIT w Polsce".
public struct Zitdocs: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "zitdocs",
        abstract: "Fills Word (.docx) and OpenDocument (.odt) templates with project data.",
        subcommands: [Render.self, Check.self, Generate.self, RegisterCommand.self])

    public init() {}
}
