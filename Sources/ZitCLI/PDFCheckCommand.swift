import ArgumentParser
import Foundation
import ZitDocuments

/// `zitdocs pdfcheck`: whether a PDF is fit for the project's archive and for a screen reader.
/// Offices receive PDFs from partners and keep them for audits; this tells them, in their words,
/// before the file is filed, what an auditor's validator would find missing.
struct PDFCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdfcheck",
        abstract: "Sprawdza, czy plik PDF nadaje się do archiwum (PDF/A) i dla czytników ekranu (oznakowanie).",
        discussion:
            "Wypisuje: strukturę dokumentu, oznakowanie, język, zgodność z PDF/A, profil barw, osadzenie czcionek i tytuł. Gdy czegoś brakuje, polecenie kończy się niepowodzeniem (kod wyjścia 1). Potrzebny jest program qpdf."
    )

    @Argument(help: "Plik PDF do sprawdzenia.")
    var files: [String]

    func run() throws {
        for file in files where !FileManager.default.fileExists(atPath: file) {
            throw ValidationError("\(file): nie ma takiego pliku.")
        }
        var complete = true
        try Messages.reportingFailures {
            for file in files {
                let check = try PDFArchiveCheck(file: file)
                var output = "\(file):\n"
                for property in check.properties {
                    output += "  \(property.isPresent ? "tak " : "BRAK") \(property.name): \(property.detail)\n"
                }
                output +=
                    check.passes
                    ? "  Plik nadaje się do archiwum i dla czytników ekranu.\n"
                    : "  Pliku nie należy archiwizować w tej postaci: utwórz go ponownie (zitdocs generate … --format pdf) albo poproś nadawcę o PDF/A z oznakowaniem.\n"
                complete = complete && check.passes
                FileHandle.standardOutput.write(Data(output.utf8))
            }
        }
        if !complete { throw ExitCode.failure }
    }
}
