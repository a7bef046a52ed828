import ArgumentParser
import Foundation
import ZitDocuments
import ZitEngine
import ZitPolish
import ZitProject

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Tworzy dokumenty projektu na podstawie jego folderu.",
        discussion: """
            Rodzaje: \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")) albo all (wszystkie).
            Bez --project używany jest przykładowy projekt (Examples/projekt).
            Dokumenty trafiają do OUTPUT/<rodzaj>/, a każda partia także do OUTPUT/<rodzaj>.zip.
            archive --period ID zapisuje dokumentację okresu sprawozdawczego w jednym pliku
            OUTPUT/archiwum-ID.zip: listy obecności i zaświadczenia wydarzeń okresu oraz informację
            o postępie jako PDF/A, wyciąg z rejestru zaświadczeń i manifest.csv z sumami kontrolnymi.
            """)

    @Argument(
        help:
            "Co utworzyć: \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")), all (wszystkie) albo archive (archiwum okresu, z --period)."
    )
    var kind: String

    @Option(help: "Folder projektu (domyślnie: przykładowy projekt).")
    var project: String?

    @Option(help: "docx, odt lub pdf (pdf wymaga programu LibreOffice).")
    var format = "docx"

    @Option(help: "Folder na dokumenty.")
    var output = "Output"

    @Option(help: "Tylko to wydarzenie (jego identyfikator, np. WZP-2).")
    var event: String?

    @Option(help: "Tylko ten uczestnik lub ta uczestniczka (identyfikator, np. U017).")
    var participant: String?

    @Option(help: "Tylko ten okres sprawozdawczy, dla progress-report (jego identyfikator, np. 2025-2).")
    var period: String?

    @Option(
        help:
            "Tylko zadania i wydarzenia tego beneficjenta, dla progress-report (np. WB), jak raport partnera w serwisie."
    )
    var beneficiary: String?

    @Flag(
        help:
            "Bez danych osobowych, dla progress-report: Liderzy tylko policzeni, bez nazwisk, jak sprawozdanie instytucji nadzorującej w serwisie."
    )
    var withoutPersonalData = false

    @Option(help: "Własny szablon biura, używany zamiast domyślnego.")
    var template: String?

    @Flag(help: "Połącz dokumenty danego rodzaju w jeden dokument do druku, każdy na osobnej stronie.")
    var merge = false

    @Flag(help: "Wydrukuj ponownie zaświadczenia, w których imię lub nazwisko zmieniło się od nadania numeru.")
    var reissue = false

    func validate() throws {
        if kind != "all", kind != Self.archive, DocumentKind(rawValue: kind) == nil {
            throw ValidationError(
                "Nieznany rodzaj dokumentów „\(kind)”; podaj \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")), all albo archive."
            )
        }
        if kind == Self.archive {
            guard period != nil else {
                throw ValidationError(
                    "archive wymaga podania okresu sprawozdawczego: --period ID (np. --period 2025-2).")
            }
            let others = [
                ("--event", event != nil), ("--participant", participant != nil), ("--beneficiary", beneficiary != nil),
                ("--without-personal-data", withoutPersonalData), ("--template", template != nil), ("--merge", merge)
            ].filter(\.1).map(\.0)
            if !others.isEmpty {
                throw ValidationError(
                    "archive obejmuje wszystkie dokumenty okresu z domyślnych szablonów; nie podawaj \(others.joined(separator: ", "))."
                )
            }
        }
        if Generator.Format(rawValue: format) == nil {
            throw ValidationError("--format musi mieć wartość docx, odt lub pdf.")
        }
        if template != nil, kind == "all" {
            throw ValidationError("--template wymaga podania jednego rodzaju dokumentów, a nie all.")
        }
        // Both narrow only the progress report; on another kind they would be ignored without a word,
        // and a document believed to be without names could go out with them.
        let onlyForProgressReport = [
            ("--beneficiary", beneficiary != nil), ("--without-personal-data", withoutPersonalData)
        ]
        for (option, given) in onlyForProgressReport where given && kind != DocumentKind.progressReport.rawValue {
            throw ValidationError(
                "\(option) dotyczy tylko sprawozdania z postępu (zitdocs generate progress-report), a nie „\(kind)”.")
        }
    }

    func run() throws {
        let folder = try ProjectFolder.chosen(project)
        guard let templates = ProjectFolder.templates() else {
            throw ValidationError("Nie znaleziono folderu Templates z domyślnymi szablonami.")
        }
        let loaded = ProjectLoader.load(folder: folder)
        for warning in loaded.warnings { report("ostrzeżenie: \(warning)") }
        guard loaded.errors.isEmpty, let data = loaded.project else {
            for error in loaded.errors { report("\(error)") }
            report(
                "Dane projektu zawierają błędy (powyżej), więc nie utworzono żadnych dokumentów. Popraw je i uruchom zitdocs check."
            )
            throw ExitCode.failure
        }
        var generator = Generator(
            plans: DocumentPlans(ProjectFacts(data)), projectFolder: folder, templatesFolder: templates,
            outputFolder: output,
            format: Generator.Format(rawValue: format) ?? .docx, templateOverride: template)
        generator.reissue = reissue
        let kinds = kind == "all" ? DocumentKind.allCases : DocumentKind(rawValue: kind).map { [$0] } ?? []
        let selection = DocumentPlans.Selection(
            event: event.map { EventID($0) }, participant: participant.map { ParticipantID($0) },
            period: period.map { PeriodID($0) }, beneficiary: beneficiary.map { BeneficiaryID($0) },
            withoutPersonalData: withoutPersonalData)
        if let event, data.event(EventID(event)) == nil {
            throw ValidationError("W projekcie nie ma wydarzenia \(event) (zob. wydarzenia.yaml).")
        }
        if let participant, !data.participants.contains(where: { $0.id.rawValue == participant }) {
            throw ValidationError(
                "W projekcie nie ma uczestnika ani uczestniczki o identyfikatorze \(participant) (zob. listę uczestnicy)."
            )
        }
        if let beneficiary, !data.beneficiaries.contains(where: { $0.id.rawValue == beneficiary }) {
            throw ValidationError(
                "W projekt.yaml nie ma beneficjenta \(beneficiary); dostępni: \(data.beneficiaries.map(\.id.rawValue).joined(separator: ", "))."
            )
        }
        if let period, data.period(PeriodID(period)) == nil {
            throw ValidationError("Nie ma okresu sprawozdawczego \(period) (zob. okresy_sprawozdawcze w projekt.yaml).")
        }
        if kind == Self.archive, let period {
            try writeArchive(generator, period: PeriodID(period))
            return
        }
        try Messages.reportingFailures {
            for kind in kinds {
                let progress = Progress(total: 0, label: kind.polishName)
                let outcome = try generator.generate(kind, selection: selection, merge: merge) { done, total in
                    progress.update(done, of: total)
                }
                progress.finish()
                for warning in outcome.warnings { report("ostrzeżenie: \(warning)") }
                for note in outcome.notes { report("uwaga: \(note)") }
                let place = outcome.files.first.map { ($0 as NSString).deletingLastPathComponent } ?? output
                print(
                    "\(kind.polishName): \(Polish.counted(outcome.files.count, one: "dokument", few: "dokumenty", many: "dokumentów")) w \(place)"
                        + (outcome.archive.map {
                            outcome.files.count == 1 ? ", także w \($0)" : ", wszystkie także w \($0)"
                        } ?? ""))
            }
        }
    }

    static let archive = "archive"

    /// The period's archive: progress while its PDFs are made, then where it is and the
    /// manifest's checksum, which the journal keeps too.
    private func writeArchive(_ generator: Generator, period: PeriodID) throws {
        try Messages.reportingFailures {
            let archive = try PeriodArchive(period: period, generator: generator)
            let progress = Progress(total: archive.documentCount, label: "Archiwum okresu \(period)")
            let path = (output as NSString).appendingPathComponent(PeriodArchive.fileName(for: period))
            let outcome = try archive.write(to: path) { done, _ in progress.update(done) }
            progress.finish()
            for warning in outcome.warnings { report("ostrzeżenie: \(warning)") }
            for note in outcome.notes { report("uwaga: \(note)") }
            let count = outcome.manifest.rows.count
            print(
                "Archiwum okresu \(period): \(Polish.counted(count, one: "plik", few: "pliki", many: "plików")) i manifest.csv w \(outcome.archive)"
            )
            print(
                "Suma kontrolna SHA-256 pliku manifest.csv: \(outcome.manifest.checksum) (zapisana w dzienniku generowania)"
            )
        }
    }

    private func report(_ message: String) { Messages.report(message) }
}
