import Foundation
import ZitEngine

/// PDFs for a batch from one layout per core: the documents are merged into one (each copy opened
/// by a bookmark), LibreOffice lays it out once and exports each copy's pages as a PDF of its own
/// (`LibreOfficeExport`), with its own title. LibreOffice converts a page of a merged document
/// several times faster than a document of its own (see `PDFConversion`).
///
/// Each copy's pages are LibreOffice's own: from the page its bookmark lies on to the page before
/// the next one's. A PDF cut afterwards (qpdf's `--pages`) would lose the structure tree, the
/// language, the XMP and the output intent of PDF/A; a page range exported by LibreOffice keeps
/// them, each pointing to its own pages. Templates whose merge would not look like the separate
/// documents (page numbers counting the whole merge, headers that differ from document to
/// document) are refused. A refusal is not an error: the batch is then converted one document at
/// a time.
struct MergedPDF {
    /// Why a batch is converted one document at a time instead.
    enum Refusal: Error, CustomStringConvertible {
        case pageNumbers
        case sharedPartsDiffer
        case copiesNotFound(found: Int, expected: Int)

        var description: String {
            let fallback = "dlatego każdy dokument przekształcono do PDF osobno (wolniej)"
            return switch self {
            case .pageNumbers:
                "szablon pokazuje numery stron, a we wspólnym dokumencie liczyłyby się one przez wszystkie dokumenty, \(fallback)."
            case .sharedPartsDiffer:
                "nagłówki lub stopki szablonu różnią się między dokumentami, a wspólny dokument ma jeden komplet, \(fallback)."
            case .copiesNotFound(let found, let expected):
                "we wspólnym dokumencie nie dało się znaleźć początku każdego dokumentu (znaleziono \(found) z \(expected)), \(fallback)."
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
        let data = documents.map(\.data)
        guard !template.numbersPages else { throw Refusal.pageNumbers }
        guard template.fillsSharedPartsAlike(data) else { throw Refusal.sharedPartsDiffer }
        let properties = try data.map { try template.properties(of: $0) }

        Batch.removeAbandonedStaging(in: folder)
        let staging = (folder as NSString).appendingPathComponent(".zitdocs-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: staging) }

        // The batch is cut into one group per core, each merged and exported by its own
        // LibreOffice: LibreOffice converts on one core, so two side by side make nearly twice the
        // pages in the same time. Only the smallest batches stay whole, since
        // every run costs a LibreOffice start-up.
        let groupCount = max(
            1, min(ProcessInfo.processInfo.activeProcessorCount, documents.count / Self.documentsPerRun))
        let bounds = (0...groupCount).map { $0 * documents.count / groupCount }
        var groups: [Group] = []
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
            groups.append(Group(document: document, folder: folder, range: range, warnings: merged.warnings))
        }
        let jobs = groups.map { group in
            LibreOfficeExport.Job(
                document: group.document, copyBookmark: Template.copyBookmark,
                pieces: group.range.map { index in
                    let own = properties[index]
                    return .init(
                        output: (group.folder as NSString).appendingPathComponent("\(index + 1).pdf"),
                        title: own.title, subject: own.subject, keywords: own.keywords)
                })
        }
        progress(0)
        let outcomes = try PDFConversion.inParallel(jobs, progress: progress)
        for (outcome, group) in zip(outcomes, groups) {
            if case .copiesNotFound(let found) = outcome {
                throw Refusal.copiesNotFound(found: found, expected: group.range.count)
            }
        }
        sync()
        var files: [String] = []
        for (job, name) in zip(jobs.flatMap(\.pieces), names) {
            let target = (folder as NSString).appendingPathComponent(name)
            guard rename(job.output, target) == 0 else {
                throw Generator.Failure(
                    description: "nie udało się zapisać pliku \(target): \(String(cString: strerror(errno))).")
            }
            files.append(target)
        }
        return (files, groups.first?.warnings ?? [])
    }

    /// Fewest documents worth a LibreOffice run of their own.
    static let documentsPerRun = 8

    /// One merged part of a batch: its document and the documents of the batch it holds.
    struct Group {
        let document: String
        let folder: String
        let range: Range<Int>
        let warnings: [TemplateProblem]
    }
}
