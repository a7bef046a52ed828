import Foundation
import ZitEngine
import ZitPackage
import ZitPolish
import ZitProject
import ZitRegister

/// Fills a kind of document for a project and writes the files, plus the batch as one .zip.
public struct Generator {
    public enum Format: String, Sendable, CaseIterable {
        case docx, odt, pdf
        /// PDFs are made from the .odt template: LibreOffice converts a merged .odt twice as fast
        /// as a merged .docx (whose copies are sections with page styles of their own), and the
        /// templates are drawn in LibreOffice, so the .odt is the original.
        var templateExtension: String { self == .docx ? "docx" : "odt" }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public var plans: DocumentPlans
    public var templatesFolder: String
    /// Where the project's own files are (its logo strip).
    public var projectFolder: String
    public var outputFolder: String
    public var format: Format
    /// An office's own template instead of the default one.
    public var templateOverride: String?
    /// Print certificates again under names that changed since they were issued.
    public var reissue = false
    /// The date written into the register for new numbers.
    public var today: String = ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate])

    public init(
        plans: DocumentPlans, projectFolder: String, templatesFolder: String, outputFolder: String, format: Format,
        templateOverride: String? = nil
    ) {
        self.plans = plans
        self.projectFolder = projectFolder
        self.templatesFolder = templatesFolder
        self.outputFolder = outputFolder
        self.format = format
        self.templateOverride = templateOverride
    }

    public struct Outcome: Sendable {
        public var kind: DocumentKind
        public var files: [String]
        public var archive: String?
        public var warnings: [TemplateProblem]
        /// Things the person may want to know about how the documents were made (a slower way).
        public var notes: [String] = []
    }

    /// With `merge`, one printable document holds them all, each on its own page (its header and
    /// footer are filled from the first document's data).
    public func generate(
        _ kind: DocumentKind, selection: DocumentPlans.Selection = .init(), merge: Bool = false,
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) throws -> Outcome {
        let startedAt = Self.timestamp()
        var documents = plans.documents(kind, selection: selection)
        let register = try numberCertificates(&documents)
        let folder = (outputFolder as NSString).appendingPathComponent(kind.folderName)
        guard !documents.isEmpty else { return Outcome(kind: kind, files: [], archive: nil, warnings: []) }
        let path = templateOverride ?? (templatesFolder as NSString).appendingPathComponent("\(kind.templateName).\(format.templateExtension)")
        let template = try Template(contentsOf: path)
        let reserved = documents.compactMap(\.number)
        try Self.makeFolder(folder, reserved: reserved)
        let logo = try logoReplacement(in: template)
        if merge {
            var merged = try template.renderMerged(documents.map(\.data), outer: documents[0].data)
            merged.replacedEntries = logo
            var file = (folder as NSString).appendingPathComponent("\(kind.templateName)-razem.\(template.kind.fileExtension)")
            try Self.saving(into: folder, reserved: reserved) { () throws(TemplateError) in
                try DocumentWriter(for: template).write(merged, to: file)
            }
            if format == .pdf { file = try PDFConversion.convert([file], in: folder)[0] }
            try confirm(reserved, in: register, files: Array(repeating: file, count: reserved.count))
            try journal(kind, started: startedAt, template: path, files: [file])
            return Outcome(kind: kind, files: [file], archive: nil, warnings: merged.warnings)
        }
        let total = documents.count
        var notes: [String] = []
        if format == .pdf, documents.count > 1 {
            do {
                let names = Self.fileNames(documents.map(\.fileStem), extension: "pdf")
                // Filling is quick; the progress shown is LibreOffice's converting.
                let (files, warnings) = try MergedPDF(template: template, replacing: logo).write(
                    documents, names: names, into: folder, progress: { progress($0, total) })
                try confirm(documents.map(\.number), in: register, files: files)
                return try finish(kind, files: files, warnings: warnings, notes: [], started: startedAt, template: path)
            } catch let refusal as MergedPDF.Refusal {
                notes.append(refusal.description)
            }
        }
        let names = Self.fileNames(documents.map(\.fileStem), extension: template.kind.fileExtension)
        let items = zip(documents, names).map { BatchItem(data: $0.data, fileName: $1) }
        let warnings = try Self.saving(into: folder, reserved: reserved) { () throws(TemplateError) in
            try Batch.write(items, with: template, replacing: logo, into: folder, progress: { progress($0, total) })
        }
        var files = names.map { (folder as NSString).appendingPathComponent($0) }
        if format == .pdf {
            files = try PDFConversion.convert(files, in: folder, progress: { progress($0, total) })
        }
        // Only now, with every document on disk in its final form, do the reserved numbers count as issued.
        try confirm(documents.map(\.number), in: register, files: files)
        return try finish(kind, files: files, warnings: warnings, notes: notes, started: startedAt, template: path)
    }

    /// The batch's archive and journal entry, once its files are in place and their numbers issued.
    private func finish(
        _ kind: DocumentKind, files: [String], warnings: [TemplateProblem], notes: [String], started: String, template: String
    ) throws -> Outcome {
        let archive = (outputFolder as NSString).appendingPathComponent("\(kind.folderName).zip")
        do {
            try Self.writeArchive(files, to: archive)
        } catch {
            let folder = files.first.map { ($0 as NSString).deletingLastPathComponent } ?? outputFolder
            throw Failure(description: "Dokumenty zapisano w folderze \(folder)"
                + ", a zaświadczenia (jeśli są wśród nich) są w rejestrze wydane"
                + ", ale nie udało się zapisać archiwum \(archive) (\(error)). Zwolnij miejsce na dysku i uruchom program ponownie, jeśli archiwum jest potrzebne.")
        }
        try journal(kind, started: started, template: template, files: files)
        return Outcome(kind: kind, files: files, archive: archive, warnings: warnings, notes: notes)
    }

    /// Takes the numbers of the certificates among `documents` from the project's register and
    /// puts them into the documents' data; the register is returned to confirm them afterwards.
    func numberCertificates(_ documents: inout [PlannedDocument]) throws -> CertificateRegister? {
        let requests = documents.compactMap(\.certificate)
        guard !requests.isEmpty else { return nil }
        let register = try CertificateRegister(folder: projectFolder)
        let numbers = try register.numbers(
            for: requests, scheme: plans.facts.project.certificateNumbering, today: today, reissue: reissue)
        for index in documents.indices {
            guard let request = documents[index].certificate, let number = numbers[request],
                  case .object(var fields) = documents[index].data else { continue }
            fields["number"] = .string(number)
            documents[index].data = .object(fields)
        }
        return register
    }

    /// Notes the run in the project's journal: what was made, from which data and template.
    func journal(_ kind: DocumentKind, started: String, template: String, files: [String]) throws {
        let names = ["projekt.yaml", "instytucje.yaml", "wydarzenia.yaml", "forum.yaml"]
            + ["uczestnicy", "obecnosci"].flatMap { base in ["xlsx", "ods", "csv"].map { "\(base).\($0)" } }
        let data = names.map { (projectFolder as NSString).appendingPathComponent($0) }
            .filter(FileManager.default.fileExists(atPath:))
        try CertificateRegister(folder: projectFolder).record(GenerationRun(
            startedAt: started, finishedAt: Self.timestamp(), command: "generate \(kind.rawValue)",
            user: Self.userName,
            dataChecksum: Checksum.of(files: data), templateChecksum: Checksum.of(files: [template]),
            files: files.map { ($0 as NSString).lastPathComponent }))
    }

    /// The certificates' numbers count as issued, each with its document's checksum and who made it.
    /// `numbers[i]` is the number printed in `files[i]` (nil for a document that is not a certificate).
    func confirm(_ numbers: [String?], in register: CertificateRegister?, files: [String]) throws {
        guard let register else { return }
        var checksums: [String: String] = [:]
        for (number, file) in zip(numbers, files) {
            guard let number else { continue }
            guard let checksum = Checksum.of(file: file) else {
                throw Failure(description: "Nie można odczytać zapisanego pliku \(file), więc zaświadczenie nr \(number) nie zostało oznaczone jako wydane (numer pozostaje zarezerwowany). Sprawdź folder i uruchom program ponownie.")
            }
            checksums[number] = checksum
        }
        try register.confirm(numbers.compactMap { $0 }, checksums: checksums, generatedBy: Self.userName, at: Self.timestamp())
    }

    /// Who runs the program, as the journal and the register record it.
    static var userName: String {
        ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.userName
    }

    /// Creates the output folder (and the ones above it) or says in plain words why it cannot.
    static func makeFolder(_ path: String, reserved: [String]) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: current, isDirectory: &isFolder) {
                if isFolder.boolValue { continue }
                throw Failure(description: folderMessage(
                    path, reason: "\(current) jest plikiem, a nie folderem", reserved: reserved))
            }
            if mkdir(current, 0o777) != 0 && errno != EEXIST {
                let code = errno
                throw Failure(description: folderMessage(path, reason: reason(code), reserved: reserved, diskFull: code == ENOSPC))
            }
        }
        guard access(path, W_OK) == 0 else {
            let code = errno
            throw Failure(description: folderMessage(path, reason: reason(code), reserved: reserved, diskFull: code == ENOSPC))
        }
    }

    /// Runs the writing of documents; a failure to save them is told in plain words (`writeFailure`).
    static func saving<Value>(
        into folder: String, reserved: [String], _ work: () throws(TemplateError) -> Value
    ) throws -> Value {
        let result = Result(catching: work)
        switch result {
        case .success(let value): return value
        case .failure(let failure): throw writeFailure(folder, failure, reserved: reserved)
        }
    }

    /// A batch could not be saved: says where and why, and what became of the certificates' numbers.
    /// Errors in the template itself are passed on as they are.
    static func writeFailure(_ folder: String, _ failure: TemplateError, reserved: [String]) -> Error {
        guard case .package(let error) = failure else { return failure }
        // The error's own reason is the system's; a nearly empty disk says more to an office worker.
        var space = statvfs()
        let free = statvfs(folder, &space) == 0 ? UInt64(space.f_bavail) * UInt64(space.f_frsize) : UInt64.max
        if free < 1 << 20 {
            return Failure(description: folderMessage(
                folder, reason: "na dysku jest za mało miejsca (wolne: \(free / 1024) KB)", reserved: reserved, diskFull: true))
        }
        return Failure(description: folderMessage(folder, reason: "zapis się nie powiódł (\(error.description))", reserved: reserved))
    }

    static func folderMessage(_ folder: String, reason: String, reserved: [String], diskFull: Bool = false) -> String {
        var message = "Nie można zapisać dokumentów w folderze \(folder): \(reason). Żaden dokument nie został zapisany."
        if !reserved.isEmpty {
            message += " W rejestrze nic nie zostało oznaczone jako wydane; numery zaświadczeń ("
                + Polish.counted(reserved.count, one: "numer", few: "numery", many: "numerów")
                + ") czekają na te same osoby i zostaną użyte przy następnym uruchomieniu."
        }
        return message + (diskFull
            ? " Zwolnij miejsce na dysku albo wskaż inny folder (--output) i uruchom program ponownie."
            : " Popraw folder albo wskaż inny (--output) i uruchom program ponownie.")
    }

    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: "na dysku jest za mało miejsca"
        case EACCES, EPERM: "brak uprawnień do zapisu w tym folderze"
        case EROFS: "dysk jest tylko do odczytu"
        case ENOTDIR: "część ścieżki jest plikiem, a nie folderem"
        case ENOENT: "nie ma takiego folderu"
        case ENAMETOOLONG: "ścieżka jest za długa"
        default: "system zgłosił błąd: \(String(cString: strerror(code)))"
        }
    }

    static func timestamp() -> String {
        ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withInternetDateTime])
    }

    func logoReplacement(in template: Template) throws -> [String: [UInt8]] {
        try LogoStrip.replacement(for: plans.facts.project, in: projectFolder, template: template)
    }

    /// Readable, safe and unique names: Polish letters transliterated, nothing that leaves the folder.
    static func fileNames(_ stems: [String], extension fileExtension: String) -> [String] {
        var used = Set<String>()
        return stems.map { stem in
            let safe = Polish.safeFileName(stem)
            var name = "\(safe).\(fileExtension)"
            var suffix = 2
            while !used.insert(name.lowercased()).inserted {
                name = "\(safe)-\(suffix).\(fileExtension)"
                suffix += 1
            }
            return name
        }
    }

    /// The batch in one .zip for sending on; documents are already compressed, so they are stored.
    static func writeArchive(_ files: [String], to path: String) throws {
        let empty = try Package(bytes: [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18), name: path)
        let entries = try files.map { file in
            PackageEntry.stored((file as NSString).lastPathComponent, [UInt8](try Data(contentsOf: URL(fileURLWithPath: file))))
        }
        try PackageWriter(source: empty).write(entries, to: path)
    }
}
