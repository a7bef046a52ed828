import Foundation
import ZitEngine
import ZitPackage
import ZitPolish
import ZitProject
import ZitRegister
import ZitSheets

/// A reporting period's documentation in one ZIP, as `zitdocs generate archive --period ID`
/// writes it and the service's job sends it: the attendance lists and certificates of the
/// events held in the period and its progress report, as PDF/A, the register's export, and
/// `manifest.csv` listing them all with their checksums.
///
/// The PDFs are dated the period's last day and carry IDs derived from their content
/// (`Generator.pdfCreationDate`), so the archive made again from unchanged data lists the same
/// checksums. Certificates keep the numbers the register gave them; one never made before gets
/// the next number, issued only once the certificates' PDFs are written.
public struct PeriodArchive {
    public struct Outcome: Sendable {
        /// The ZIP written.
        public var archive: String
        public var manifest: ArchiveManifest
        public var warnings: [TemplateProblem]
        public var notes: [String]
    }

    /// Folders inside the archive.
    static let attendanceFolder = "listy-obecnosci"
    static let certificatesFolder = "zaswiadczenia"
    static let reportFolder = "sprawozdanie"
    static let registerFolder = "rejestr"
    static let registerStem = "rejestr-zaswiadczen"

    public let period: ReportingPeriod
    private var generator: Generator

    /// `generator` gives the project, its folders and the author; the archive makes its own
    /// documents from the default templates, as PDF. An unknown period is an error naming the
    /// periods there are.
    public init(period: PeriodID, generator: Generator) throws {
        let project = generator.plans.facts.project
        guard let found = project.period(period) else {
            throw Generator.Failure(
                description:
                    "Nie ma okresu sprawozdawczego \(period) (zob. okresy_sprawozdawcze w projekt.yaml); są: \(project.reportingPeriods.map(\.id.rawValue).joined(separator: ", "))."
            )
        }
        self.period = found
        self.generator = generator
        self.generator.format = .pdf
        self.generator.templateOverride = nil
        self.generator.template = nil
        self.generator.keepsSingleDocumentInMemory = false
        self.generator.archivesOnly = false
        self.generator.notesRunsInJournal = false
        self.generator.pdfCreationDate = found.end
    }

    /// The archive's name in an output folder: "archiwum-2025-2.zip".
    public static func fileName(for period: PeriodID) -> String {
        Polish.safeFileName("archiwum-\(period.rawValue)") + ".zip"
    }

    /// The documents the archive holds, for a progress counter before they are made.
    public var documentCount: Int {
        let selection = DocumentPlans.Selection(period: period.id)
        return [DocumentKind.attendance, .certificates, .progressReport].reduce(0) {
            $0 + generator.plans.documents($1, selection: selection).count
        } + 2
    }

    /// Makes the documents in a hidden folder beside `path` and writes the ZIP to `path` at once
    /// (the complete file or none). `progress` hears documents made so far, of `documentCount`.
    public func write(to path: String, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) throws
        -> Outcome
    {
        let started = Generator.timestamp()
        let destination = (path as NSString).deletingLastPathComponent
        let scratch = ((destination.isEmpty ? "." : destination) as NSString).appendingPathComponent(
            ".zitdocs-archiwum-\(getpid())-\(UUID().uuidString.prefix(8))")
        try Generator.makeFolder(scratch, reserved: [])
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var maker = generator
        maker.outputFolder = scratch

        let total = documentCount
        let selection = DocumentPlans.Selection(period: period.id)
        var files: [(path: String, bytes: [UInt8], kind: ArchiveManifest.Kind, event: String, number: String)] = []
        var warnings: [TemplateProblem] = []
        var notes: [String] = []

        // A list per event held in the period, in the order of the events, as `DocumentPlans` makes them.
        let events = generator.plans.events(selection)
        let listed = try maker.generate(.attendance, selection: selection) { made, _ in progress(made, total) }
        for (event, file) in zip(events, listed.files) {
            files.append(try Self.entry(Self.attendanceFolder, file, kind: .attendance, event: event.id.rawValue))
        }
        warnings += listed.warnings
        notes += listed.notes

        let certificates = generator.plans.documents(.certificates, selection: selection)
        let before = events.count
        let issued = try maker.generate(.certificates, selection: selection) { made, _ in
            progress(before + made, total)
        }
        let register = try CertificateRegister(folder: generator.projectFolder)
        for (planned, file) in zip(certificates, issued.files) {
            guard let request = planned.certificate,
                let entry = try register.activeEntry(participant: request.participant, subject: request.subject),
                entry.status == .issued
            else {
                throw Generator.Failure(
                    description:
                        "Zaświadczenie \((file as NSString).lastPathComponent) nie ma w rejestrze wydanego numeru, więc archiwum nie zostało zapisane. Uruchom program ponownie."
                )
            }
            let folder = "\(Self.certificatesFolder)/\(Polish.safeFileName(request.subject))"
            files.append(
                try Self.entry(folder, file, kind: .certificate, event: request.subject, number: entry.number))
        }
        warnings += issued.warnings
        notes += issued.notes

        let report = try maker.generate(.progressReport, selection: selection)
        for file in report.files {
            files.append(try Self.entry(Self.reportFolder, file, kind: .progressReport))
        }
        warnings += report.warnings
        progress(before + certificates.count + report.files.count, total)

        // After the certificates: the export shows them issued, with their PDFs' checksums.
        let rows = RegisterTable.rows(try register.entries(), project: generator.plans.facts.project)
        let csv = Array(RegisterTable.csv(header: RegisterTable.header, rows: rows).utf8)
        files.append(
            ("\(Self.registerFolder)/\(Self.registerStem).csv", csv, .register, "", ""))
        let xlsx = (scratch as NSString).appendingPathComponent("\(Self.registerStem).xlsx")
        try RegisterTable.write(
            sheetName: RegisterTable.sheetName, header: RegisterTable.header, rows: rows, to: xlsx)
        files.append(try Self.entry(Self.registerFolder, xlsx, kind: .register))
        progress(total, total)

        let manifest = ArchiveManifest(files)
        // PDFs and .xlsx are compressed already: every file is stored as it is.
        let entries =
            [PackageEntry.stored(ArchiveManifest.fileName, manifest.bytes)]
            + files.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }.map {
                PackageEntry.stored($0.path, $0.bytes)
            }
        do {
            try Generator.writeArchive(entries, to: path)
        } catch {
            throw Generator.Failure(
                description:
                    "Nie udało się zapisać archiwum \(path) (\(error)). Zaświadczenia okresu są w rejestrze wydane i następne uruchomienie zapisze je z tymi samymi numerami; zwolnij miejsce na dysku lub wskaż inny folder (--output) i uruchom program ponownie."
            )
        }
        let templates = [DocumentKind.attendance, .certificates, .progressReport].map(generator.templatePath(for:))
        try generator.journal(
            command: "generate archive --period \(period.id)", started: started, templates: templates,
            files: [path] + manifest.rows.map(\.path), manifestChecksum: manifest.checksum)
        return Outcome(archive: path, manifest: manifest, warnings: warnings, notes: notes)
    }

    /// A file made in the scratch folder, under `folder` in the archive.
    private static func entry(
        _ folder: String, _ file: String, kind: ArchiveManifest.Kind, event: String = "", number: String = ""
    ) throws -> (path: String, bytes: [UInt8], kind: ArchiveManifest.Kind, event: String, number: String) {
        let name = (file as NSString).lastPathComponent
        return ("\(folder)/\(name)", [UInt8](try Data(contentsOf: URL(fileURLWithPath: file))), kind, event, number)
    }
}
