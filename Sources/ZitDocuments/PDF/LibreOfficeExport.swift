import Foundation

/// PDF/A-2b files, tagged, from one LibreOffice kept running for a list of documents
/// (`LibreOfficeScript`): LibreOffice costs more to start than to convert a page.
struct LibreOfficeExport {
    /// One document to open; each piece is a PDF written from it.
    struct Job: Encodable, Sendable {
        struct Piece: Encodable, Sendable {
            var output: String
            var title: String?
            var subject: String?
            var keywords: String?
        }
        var document: String
        /// Set for a merged document: piece N is the pages of the copy opened by `copyBookmark_N`.
        var copyBookmark: String?
        var pieces: [Piece]
    }

    /// What became of a job.
    enum Outcome: Sendable, Equatable {
        /// Every piece written; for a merged document, the pages each copy took.
        case written(ranges: [ClosedRange<Int>]?)
        /// The copies' bookmarks were not found as expected (how many were).
        case copiesNotFound(found: Int)
    }

    /// writer_pdf_Export's options (LibreOffice 7.4): PDF/A-2b (`SelectPdfVersion` 2), tagged
    /// (structure tree, headings, table headers, reading order; /Lang from the document's
    /// language), the title of the document's properties shown in the window's title bar. Pictures
    /// are kept lossless: otherwise LibreOffice also compresses every picture as JPEG, to keep the
    /// smaller, on every page (the logo strip in the header).
    static let filterData: [String: JSONValue] = [
        "SelectPdfVersion": .number(2), "UseTaggedPDF": .bool(true), "DisplayPDFDocumentTitle": .bool(true),
        "UseLosslessCompression": .bool(true)
    ]

    enum JSONValue: Encodable, Sendable {
        case number(Int)
        case bool(Bool)

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .number(let value): try container.encode(value)
            case .bool(let value): try container.encode(value)
            }
        }
    }

    private struct Request: Encodable {
        var soffice: String
        var profile: String
        var filterData: [String: JSONValue]
        var jobs: [Job]
    }

    private struct Answer: Decodable {
        struct JobAnswer: Decodable {
            var ranges: [[Int]]?
            var refused: String?
            var found: Int?
            var error: String?
        }
        var jobs: [JobAnswer]
    }

    /// Runs the jobs in order through one LibreOffice; a document LibreOffice cannot open or
    /// export is an error naming it.
    static func run(_ jobs: [Job]) throws -> [Outcome] {
        guard !jobs.isEmpty else { return [] }
        let soffice = try PDFTools.libreOffice()
        guard let python = PDFTools.find("python3") else {
            throw Generator.Failure(
                description:
                    "Do tworzenia plików PDF potrzebny jest Python 3 z modułem uno LibreOffice, który nie jest zainstalowany (w systemie Debian: apt-get install python3-uno)."
            )
        }
        let folder = NSTemporaryDirectory() + "zitdocs-lo-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = (folder as NSString).appendingPathComponent("export.py")
        let requestFile = (folder as NSString).appendingPathComponent("request.json")
        try Data(LibreOfficeScript.source.utf8).write(to: URL(fileURLWithPath: script))
        let printed = try PDFTools.withLibreOfficeProfile { profile in
            let request = Request(soffice: soffice, profile: profile, filterData: filterData, jobs: jobs)
            try JSONEncoder().encode(request).write(to: URL(fileURLWithPath: requestFile))
            return try PDFTools.run(python, [script, requestFile])
        }
        guard let answer = try? JSONDecoder().decode(Answer.self, from: printed), answer.jobs.count == jobs.count
        else {
            throw Generator.Failure(description: "LibreOffice przerwał tworzenie plików PDF bez wyjaśnienia.")
        }
        return try zip(jobs, answer.jobs).map { job, reply in
            if let error = reply.error {
                throw Generator.Failure(description: "LibreOffice nie przekształcił dokumentu do PDF (\(error)).")
            }
            if reply.refused != nil { return .copiesNotFound(found: reply.found ?? 0) }
            let ranges = try reply.ranges.map { pairs in
                try pairs.map { pair in
                    guard pair.count == 2, pair[0] <= pair[1] else {
                        throw Generator.Failure(description: "LibreOffice podał błędny zakres stron (\(job.document)).")
                    }
                    return pair[0]...pair[1]
                }
            }
            for piece in job.pieces where !FileManager.default.fileExists(atPath: piece.output) {
                throw Generator.Failure(
                    description: "LibreOffice nie zapisał pliku PDF \(piece.output) (z dokumentu \(job.document)).")
            }
            return .written(ranges: ranges)
        }
    }
}
