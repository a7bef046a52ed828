import Foundation

/// Documents to PDF through LibreOffice, which costs more to start than to convert a page.
///
/// A page of a merged document converts several times faster than a document of its own, and an
/// .odt merge faster than a .docx one (whose copies are sections with page styles of their own);
/// the figures are in Bench/README.md. LibreOffice has been seen to stop partway through a run
/// given hundreds of documents without a word, so runs take at most `documentsPerRun`. A batch is
/// therefore converted merged when it can be (see `MergedPDF`), one by one otherwise.
enum PDFConversion {
    static let documentsPerRun = 100

    /// Each document to a PDF beside it; the documents are removed.
    static func convert(_ documents: [String], in folder: String, progress: (Int) -> Void = { _ in }) throws -> [String]
    {
        let soffice = try PDFTools.libreOffice()
        try PDFTools.withLibreOfficeProfile { profile in
            for start in stride(from: 0, to: documents.count, by: documentsPerRun) {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: soffice)
                process.arguments =
                    [profile, "--headless", "--convert-to", "pdf", "--outdir", folder]
                    + documents[start..<min(documents.count, start + documentsPerRun)]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                process.waitUntilExit()
                progress(min(documents.count, start + documentsPerRun))
            }
        }
        let pdfs = documents.map { ($0 as NSString).deletingPathExtension + ".pdf" }
        let missing = pdfs.filter { !FileManager.default.fileExists(atPath: $0) }
        guard missing.isEmpty else {
            throw Generator.Failure(
                description:
                    "LibreOffice nie przekształcił do PDF części dokumentów (nieudane: \(missing.count) z \(documents.count); pierwszy z nich: \(missing[0]))."
            )
        }
        for document in documents { try? FileManager.default.removeItem(atPath: document) }
        return pdfs
    }

    /// LibreOffice's export options for a merged document (read by LibreOffice 7.4 and later; an
    /// older one ignores them, finds no bookmarks, and the batch is converted one by one):
    /// - the document's bookmarks become named destinations of the PDF (pages a link can point
    ///   to), which is how a merged PDF tells where each copy begins;
    /// - pictures are kept lossless. Otherwise LibreOffice compresses the picture on every page
    ///   (the logo strip in the header) as JPEG too, to keep the smaller of the two: a large part
    ///   of a long merge's time, for a logo that is kept lossless all the same.
    static let mergedExportOptions =
        "pdf:writer_pdf_Export:"
        + #"{"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"},"#
        + #""UseLosslessCompression":{"type":"boolean","value":"true"}}"#

    /// One merged document to a PDF in `folder`, keeping its bookmarks as named destinations.
    static func convertMerged(_ document: String, in folder: String) throws -> String {
        let soffice = try PDFTools.libreOffice()
        _ = try PDFTools.withLibreOfficeProfile { profile in
            try PDFTools.run(
                soffice, [profile, "--headless", "--convert-to", mergedExportOptions, "--outdir", folder, document])
        }
        let pdf = (folder as NSString).appendingPathComponent(
            ((document as NSString).lastPathComponent as NSString).deletingPathExtension + ".pdf")
        guard FileManager.default.fileExists(atPath: pdf) else {
            throw Generator.Failure(
                description: "LibreOffice nie przekształcił wspólnego dokumentu do PDF (\(document)).")
        }
        return pdf
    }
}
