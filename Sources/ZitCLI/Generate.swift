import ArgumentParser
import Foundation
import ZitDocuments
import ZitEngine
import ZitProject

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make the project's documents from its folder.",
        discussion: """
            Kinds: \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")), or all.
            Without --project the sample project (Examples/projekt) is used. Documents go to
            OUTPUT/<kind>/, and each batch also to OUTPUT/<kind>.zip.
            """)

    @Argument(help: "What to make: \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")) or all.")
    var kind: String

    @Option(help: "The project folder (default: the sample project).")
    var project: String?

    @Option(help: "docx, odt or pdf (pdf needs LibreOffice).")
    var format = "docx"

    @Option(help: "The folder for the documents.")
    var output = "Output"

    @Option(help: "Only this event (its id, e.g. WZP-2).")
    var event: String?

    @Option(help: "Only this participant (its id, e.g. U017).")
    var participant: String?

    @Option(help: "Only this reporting period, for progress-report (its id, e.g. 2025-2).")
    var period: String?

    @Option(help: "An office's own template to use instead of the default one.")
    var template: String?

    @Flag(help: "Put the documents of a kind into one printable document, each on its own page.")
    var merge = false

    @Flag(help: "Print certificates again under names that changed since their numbers were issued.")
    var reissue = false

    func validate() throws {
        if kind != "all", DocumentKind(rawValue: kind) == nil {
            throw ValidationError("Unknown kind \"\(kind)\"; use \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")) or all.")
        }
        if Generator.Format(rawValue: format) == nil { throw ValidationError("--format must be docx, odt or pdf.") }
        if template != nil, kind == "all" { throw ValidationError("--template needs one kind of document, not all.") }
    }

    func run() throws {
        guard let folder = project ?? ProjectFolder.sample() else {
            throw ValidationError("No --project given and the sample project (Examples/projekt) was not found.")
        }
        guard let templates = ProjectFolder.templates() else {
            throw ValidationError("The Templates folder with the default templates was not found.")
        }
        let loaded = ProjectLoader.load(folder: folder)
        for warning in loaded.warnings { report("warning: \(warning)") }
        guard loaded.errors.isEmpty, let data = loaded.project else {
            for error in loaded.errors { report("\(error)") }
            report("The project's data has errors (above); no documents were made. Fix them and run zitdocs check.")
            throw ExitCode.failure
        }
        var generator = Generator(
            plans: DocumentPlans(ProjectFacts(data)), projectFolder: folder, templatesFolder: templates, outputFolder: output,
            format: Generator.Format(rawValue: format) ?? .docx, templateOverride: template)
        generator.reissue = reissue
        let kinds = kind == "all" ? DocumentKind.allCases : [DocumentKind(rawValue: kind)!]
        let selection = DocumentPlans.Selection(
            event: event.map { EventID($0) }, participant: participant.map { ParticipantID($0) }, period: period.map { PeriodID($0) })
        if let event, data.event(EventID(event)) == nil {
            throw ValidationError("There is no event \(event) in the project (see wydarzenia.yaml).")
        }
        if let participant, !data.participants.contains(where: { $0.id.rawValue == participant }) {
            throw ValidationError("There is no participant \(participant) in the project (see the list uczestnicy).")
        }
        if let period, data.period(PeriodID(period)) == nil {
            throw ValidationError("There is no reporting period \(period) (see okresy_sprawozdawcze in projekt.yaml).")
        }
        try Messages.reportingFailures {
            for kind in kinds {
                let progress = Progress(total: 0, label: kind.rawValue)
                let outcome = try generator.generate(kind, selection: selection, merge: merge) { done, total in
                    progress.update(done, of: total)
                }
                progress.finish()
                for warning in outcome.warnings { report("warning: \(warning)") }
                for note in outcome.notes { report("note: \(note)") }
                let place = outcome.files.first.map { ($0 as NSString).deletingLastPathComponent } ?? output
                print("\(kind.rawValue): \(outcome.files.count) document\(outcome.files.count == 1 ? "" : "s") in \(place)"
                    + (outcome.archive.map { ", all in \($0)" } ?? ""))
            }
        }
    }

    private func report(_ message: String) { Messages.report(message) }
}
