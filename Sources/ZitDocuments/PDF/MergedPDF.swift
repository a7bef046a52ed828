import Foundation
import Synchronization
import ZitEngine

/// PDFs for a batch from one LibreOffice run: the documents are merged into one (each copy opened
/// by a bookmark), converted once, and the PDF is cut into one file per document with qpdf.
/// LibreOffice converts a page of a merged document several times faster than a document of its
/// own (see `PDFConversion`); cutting and checking cost little beside that.
///
/// The cut is made only where it is known to be right: the copies' bookmarks give the page each
/// one begins on, the text of the pages must show each document's number on its own pages, and
/// templates whose merge would not look like the separate documents (page numbers counting the
/// whole merge, headers that differ from document to document) are refused. A refusal is not an
/// error: the batch is then converted one document at a time, as before.
struct MergedPDF {
    /// Why a batch is converted one document at a time instead.
    enum Refusal: Error, CustomStringConvertible {
        case toolsMissing
        case pageNumbers
        case sharedPartsDiffer
        case copiesNotFound(found: Int, expected: Int)
        case textMismatch(document: String, reason: String)

        var description: String {
            let fallback = "dlatego każdy dokument przekształcono do PDF osobno (wolniej)"
            return switch self {
            case .toolsMissing:
                "nie są zainstalowane programy qpdf i pdftotext, które dzielą jeden wspólny PDF na pliki dla kolejnych osób (w systemie Debian: apt-get install qpdf poppler-utils), \(fallback)."
            case .pageNumbers:
                "szablon pokazuje numery stron, a we wspólnym dokumencie liczyłyby się one przez wszystkie dokumenty, \(fallback)."
            case .sharedPartsDiffer:
                "nagłówki lub stopki szablonu różnią się między dokumentami, a wspólny dokument ma jeden komplet, \(fallback)."
            case .copiesNotFound(let found, let expected):
                "we wspólnym PDF nie dało się znaleźć początku każdego dokumentu (znaleziono \(found) z \(expected)), \(fallback)."
            case .textMismatch(let document, let reason):
                "wspólny PDF nie zgadzał się z dokumentami (\(document): \(reason)), \(fallback)."
            }
        }
    }

    let template: Template
    /// Package entries put in place of the template's (the logo strip).
    let replacing: [String: [UInt8]]

    /// Writes the PDF of each document under `names` (file names ending in .pdf) into `folder`,
    /// all at once: they are made in a hidden folder beside them and moved in only when every
    /// one is ready. Returns the files and the template's warnings.
    /// `progress` hears the number of documents converted so far, as each LibreOffice run ends.
    func write(
        _ documents: [PlannedDocument], names: [String], into folder: String,
        progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) throws -> (files: [String], warnings: [TemplateProblem]) {
        // Without LibreOffice no PDF is made at all: say so, rather than fall back.
        _ = try PDFTools.libreOffice()
        guard let qpdf = PDFTools.find("qpdf"), let pdftotext = PDFTools.find("pdftotext") else {
            throw Refusal.toolsMissing
        }
        let data = documents.map(\.data)
        guard !template.numbersPages else { throw Refusal.pageNumbers }
        guard template.fillsSharedPartsAlike(data) else { throw Refusal.sharedPartsDiffer }
        let properties = try data.map { try template.properties(of: $0) }

        Batch.removeAbandonedStaging(in: folder)
        let staging = (folder as NSString).appendingPathComponent(".zitdocs-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: staging) }

        // The batch is cut into one group per core, each merged, converted by its own LibreOffice
        // and cut on its own: LibreOffice converts on one core, so two runs side by side make
        // nearly twice the pages in the same time. Only the smallest batches stay whole, since
        // every run costs a LibreOffice start-up.
        let groupCount = max(
            1, min(ProcessInfo.processInfo.activeProcessorCount, documents.count / Self.documentsPerRun))
        let bounds = (0...groupCount).map { $0 * documents.count / groupCount }
        var groups: [GroupJob] = []
        for group in 0..<groupCount {
            let range = bounds[group]..<bounds[group + 1]
            let folder = (staging as NSString).appendingPathComponent("\(group + 1)")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            // Headers, footers and properties are filled once, from the first document; the check
            // above made sure the headers and footers are every document's.
            var merged = try template.renderMerged(Array(data[range]), outer: data[0], forSplitting: true)
            merged.replacedEntries = replacing
            let document = (folder as NSString).appendingPathComponent("razem.\(template.format.fileExtension)")
            try DocumentWriter(for: template).write(merged, to: document)
            groups.append(
                GroupJob(
                    document: document, folder: folder, numbers: documents[range].map(\.number),
                    names: Array(names[range]), warnings: merged.warnings))
        }
        let results = Mutex<[Result<(pieces: [String], info: [(key: String, value: PDFString)]), any Error>?]>(
            Array(repeating: nil, count: groups.count))
        let jobs = groups
        let converted = Mutex(0)
        progress(0)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let outcome = Result { try jobs[index].convert(qpdf: qpdf, pdftotext: pdftotext) }
            results.withLock { $0[index] = outcome }
            progress(
                converted.withLock { done in
                    done += jobs[index].names.count
                    return done
                })
        }
        var pieces: [String] = []
        var info: [(key: String, value: PDFString)] = []
        for result in results.withLock({ $0 }) {
            let (groupPieces, groupInfo) = try result!.get()
            pieces += groupPieces
            if info.isEmpty { info = groupInfo }
        }
        let shared = info.filter { !["Title", "Subject", "Keywords"].contains($0.key) }
        for (piece, own) in zip(pieces, properties) {
            let entries: [(key: String, value: PDFString)] =
                [("Title", own.title), ("Subject", own.subject), ("Keywords", own.keywords)]
                .filter { !$0.1.isEmpty }.map { ($0.0, .text($0.1)) }
            try PDFInformation.set(entries + shared, in: piece)
        }
        sync()
        var files: [String] = []
        for (piece, name) in zip(pieces, names) {
            let target = (folder as NSString).appendingPathComponent(name)
            guard rename(piece, target) == 0 else {
                throw Generator.Failure(
                    description: "nie udało się zapisać pliku \(target): \(String(cString: strerror(errno))).")
            }
            files.append(target)
        }
        return (files, groups.first?.warnings ?? [])
    }

    /// Fewest documents worth a LibreOffice run of their own.
    static let documentsPerRun = 8

    /// One merged part of a batch, from its document to its PDF pieces, one per copy.
    struct GroupJob: Sendable {
        let document: String
        let folder: String
        let numbers: [String?]
        let names: [String]
        let warnings: [TemplateProblem]

        func convert(qpdf: String, pdftotext: String) throws -> (
            pieces: [String], info: [(key: String, value: PDFString)]
        ) {
            let pdf = try PDFConversion.convertMerged(document, in: folder)
            let layout = try MergedPDFLayout(qpdfJSON: try PDFTools.run(qpdf, ["--json", pdf]), copies: numbers.count)
            try MergedPDFCheck.verify(
                pageTexts: try MergedPDFCheck.pageTexts(of: pdf, pdftotext: pdftotext), ranges: layout.ranges,
                numbers: numbers, names: names)
            let pieces = try PDFPageCutter(qpdf: qpdf).cut(pdf, into: layout.ranges, in: folder)
            return (pieces, layout.info)
        }
    }
}
