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
    /// How filled parts are deflated; `.zlibOnly` to compare a refused document with a plain one.
    public var coding: PartCoding = .standard
    /// Who the register and the journal name as having made the documents: the person running the
    /// command, or the signed-in user when the server makes them.
    public var author: String = Generator.userName
    /// The template compiled already (the server keeps its templates compiled between requests);
    /// nil reads and compiles the file at `templatePath(for:)`.
    public var template: Template?
    /// One document (not merged, .docx or .odt) is made in memory and returned in
    /// `Outcome.document` instead of being written into `outputFolder`: the server sends it as it is.
    public var keepsSingleDocumentInMemory = false
    /// A batch (not merged, .docx or .odt) is made in memory and written only as its ZIP, with
    /// no folder of files beside it (`Outcome.files` then holds the names in the ZIP): the server's
    /// jobs send the ZIP and nothing else.
    public var archivesOnly = false
    /// PDFs dated this day instead of the moment they are made, with an ID derived from their
    /// content (`StablePDF`): the same data and template then give the same bytes (a period's
    /// archive, made again, lists the same checksums).
    public var pdfCreationDate: CalendarDate?
    /// Each run noted in the journal; off while a period's archive makes its documents, which
    /// notes itself as one run.
    public var notesRunsInJournal = true
    /// The date written into the register for new numbers.
    public var today: String = ISO8601DateFormatter.string(
        from: Date(), timeZone: .current, formatOptions: [.withFullDate])

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
        /// The one document made in memory (`keepsSingleDocumentInMemory`), with its file name.
        public var document: (name: String, bytes: [UInt8])? = nil
    }

    /// The template file a kind of document is filled from.
    public func templatePath(for kind: DocumentKind) -> String {
        templateOverride ?? Self.defaultTemplatePath(for: kind, format: format, in: templatesFolder)
    }

    /// The default template of a kind in `templatesFolder`, as `templatePath(for:)` finds it.
    public static func defaultTemplatePath(for kind: DocumentKind, format: Format, in templatesFolder: String)
        -> String
    {
        (templatesFolder as NSString).appendingPathComponent("\(kind.templateName).\(format.templateExtension)")
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
        let path = templatePath(for: kind)
        let template =
            try self.template
            ?? Template(
                contentsOf: path, options: TemplateOptions(coding: coding, pictures: .folder(projectFolder)))
        if keepsSingleDocumentInMemory, !merge, format != .pdf, documents.count == 1 {
            return try inMemory(
                documents[0], kind, template: template, register: register, started: startedAt, templatePath: path)
        }
        if archivesOnly, !merge, format != .pdf {
            return try archived(
                documents, kind, template: template, logo: try logoReplacement(in: template), register: register,
                started: startedAt, templatePath: path, progress: progress)
        }
        let reserved = documents.compactMap(\.number)
        try Self.makeFolder(folder, reserved: reserved)
        let logo = try logoReplacement(in: template)
        if merge {
            var merged = try template.renderMerged(documents.map(\.data), outer: documents[0].data)
            merged.replacedEntries = logo
            var file = (folder as NSString).appendingPathComponent(
                "\(kind.templateName)-razem.\(template.format.fileExtension)")
            try Self.saving(into: folder, reserved: reserved) { () throws(TemplateError) in
                try DocumentWriter(for: template).write(merged, to: file)
            }
            if format == .pdf {
                file = try PDFConversion.convert([file], in: folder)[0]
                try stabilize([file])
            }
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
                try stabilize(files)
                try confirm(documents.map(\.number), in: register, files: files)
                return try finish(kind, files: files, warnings: warnings, notes: [], started: startedAt, template: path)
            } catch let refusal as MergedPDF.Refusal {
                notes.append(refusal.description)
            }
        }
        let names = Self.fileNames(documents.map(\.fileStem), extension: template.format.fileExtension)
        let items = zip(documents, names).map { BatchItem(data: $0.data, fileName: $1) }
        let warnings = try Self.saving(into: folder, reserved: reserved) { () throws(TemplateError) in
            try Batch.write(items, with: template, replacing: logo, into: folder, progress: { progress($0, total) })
        }
        var files = names.map { (folder as NSString).appendingPathComponent($0) }
        if format == .pdf {
            files = try PDFConversion.convert(files, in: folder, progress: { progress($0, total) })
            try stabilize(files)
        }
        // Only now, with every document on disk in its final form, do the reserved numbers count as issued.
        try confirm(documents.map(\.number), in: register, files: files)
        return try finish(kind, files: files, warnings: warnings, notes: notes, started: startedAt, template: path)
    }

    /// The batch's archive and journal entry, once its files are in place and their numbers issued.
    private func finish(
        _ kind: DocumentKind, files: [String], warnings: [TemplateProblem], notes: [String], started: String,
        template: String
    ) throws -> Outcome {
        let archive = (outputFolder as NSString).appendingPathComponent("\(kind.folderName).zip")
        do {
            try Self.writeArchive(files, to: archive)
        } catch {
            let folder = files.first.map { ($0 as NSString).deletingLastPathComponent } ?? outputFolder
            throw Failure(
                description: "Dokumenty zapisano w folderze \(folder)"
                    + ", a zaświadczenia (jeśli są wśród nich) są w rejestrze wydane"
                    + ", ale nie udało się zapisać archiwum \(archive) (\(error)). Zwolnij miejsce na dysku i uruchom program ponownie, jeśli archiwum jest potrzebne."
            )
        }
        try journal(kind, started: started, template: template, files: files)
        return Outcome(kind: kind, files: files, archive: archive, warnings: warnings, notes: notes)
    }

    /// PDFs of `pdfCreationDate`, when it is set.
    private func stabilize(_ files: [String]) throws {
        if let pdfCreationDate { try StablePDF.fix(files, createdOn: pdfCreationDate) }
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
        let entries = try files.map { file in
            PackageEntry.stored(
                (file as NSString).lastPathComponent, [UInt8](try Data(contentsOf: URL(fileURLWithPath: file))))
        }
        try writeArchive(entries, to: path)
    }

    static func writeArchive(_ entries: [PackageEntry], to path: String) throws {
        let empty = try Package(bytes: [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18), name: path)
        try PackageWriter(source: empty).write(entries, to: path)
    }
}
