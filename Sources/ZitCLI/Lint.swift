import ArgumentParser
import Foundation
import ZitData
import ZitEngine

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Pokazuje, co program odczytał z szablonu: znaczniki, sekcje i potrzebne dane.",
        discussion: """
            Przed wypełnieniem szablonu sprawdza, gdzie stoi każdy znacznik, co powtarza każda sekcja
            i jakich danych szablon potrzebuje:
              zitdocs lint zaswiadczenie.docx
            Z plikiem danych mówi też, których nazw w danych brakuje, a których danych szablon nie używa:
              zitdocs lint zaswiadczenie.docx --data dane.yaml
            --json wypisuje to samo jako JSON, z opisem danych w postaci JSON Schema.
            Kończy się kodem 1 (z tymi samymi błędami co render), gdy szablonu nie da się wypełnić.
            """)

    @Argument(help: "Szablon: plik .docx lub .odt ze znacznikami {{…}}.")
    var template: String

    @Option(help: "Dane do porównania z szablonem: plik .json, .yaml lub .yml (- czyta je ze standardowego wejścia).")
    var data: String?

    @Flag(help: "Wypisz wynik jako JSON (z opisem danych jako JSON Schema).")
    var json = false

    @Option(help: "Ograniczniki znaczników rozdzielone spacją, np. '{ }' dla szablonów programu docxtemplater.")
    var delimiters = "{{ }}"

    func validate() throws {
        if Delimiters(delimiters) == nil {
            throw ValidationError("--delimiters wymaga dwóch różnych ograniczników rozdzielonych spacją, np. '{ }'.")
        }
    }

    func run() throws {
        try Messages.reportingFailures(lint)
    }

    private func lint() throws {
        let options = TemplateOptions(delimiters: Delimiters(delimiters) ?? .mustache)
        // What `render` would say about the template, word for word.
        var failure: TemplateError?
        do { _ = try Template(contentsOf: template, options: options) } catch { failure = error }
        let outline: TemplateOutline
        do {
            outline = try Template.outline(contentsOf: template, options: options)
        } catch {
            throw failure ?? error
        }
        let comparison = try data.map { outline.compare(with: try loadData($0)) }
        let report = LintReport(
            template: template, outline: outline, comparison: comparison, dataFile: data,
            errors: failure.map { $0.description.split(separator: "\n").map(String.init) } ?? [])
        print(json ? try report.json() : report.text, terminator: "")
        if let failure { throw failure }
    }

    /// As `render` reads it: `-` is standard input, as YAML (which also reads JSON).
    private func loadData(_ file: String) throws(DataFileError) -> TemplateValue {
        guard file == "-" else { return try DataFile.load(from: URL(fileURLWithPath: file)) }
        guard let bytes = try? FileHandle.standardInput.readToEnd() ?? Data() else { throw DataFile.unreadable(file) }
        return try DataFile.value(from: bytes, format: .yaml, file: file)
    }
}
