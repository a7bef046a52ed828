import Foundation

/// PDFs through LibreOffice: one `soffice` run for the whole batch (starting LibreOffice costs
/// more than converting a one-page document).
enum PDFConversion {
    static func convert(_ documents: [String], in folder: String) throws -> [String] {
        guard let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"]
            .first(where: FileManager.default.isExecutableFile(atPath:))
        else {
            throw Generator.Failure(description: "PDF needs LibreOffice, which is not installed (on Debian: apt-get install libreoffice-writer-nogui). The documents were written as .docx in \(folder).")
        }
        let profile = NSTemporaryDirectory() + "zitdocs-lo-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=file://\(profile)", "--headless", "--convert-to", "pdf", "--outdir", folder] + documents
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let pdfs = documents.map { ($0 as NSString).deletingPathExtension + ".pdf" }
        let missing = pdfs.filter { !FileManager.default.fileExists(atPath: $0) }
        guard process.terminationStatus == 0, missing.isEmpty else {
            throw Generator.Failure(description: "LibreOffice could not convert \(missing.count) of \(documents.count) documents to PDF (first: \(missing.first ?? "?")).")
        }
        for document in documents { try? FileManager.default.removeItem(atPath: document) }
        return pdfs
    }
}
