import Foundation

/// PDFs through LibreOffice, many documents per LibreOffice run: starting it costs more than
/// converting a one-page document.
///
/// Measured here (2 cores) on the certificate template: a run converts a certificate in about
/// 25 ms, but a run given 515 documents stopped after 247 without a word, so runs take at most
/// `documentsPerRun`. Merging the batch first is slower (40 ms a page for .docx with a section
/// per copy, 29 ms for .odt), and two runs side by side on two cores took 41 s and lost documents.
enum PDFConversion {
    static let documentsPerRun = 100

    static func convert(_ documents: [String], in folder: String) throws -> [String] {
        guard let soffice = ["soffice", "libreoffice"].lazy.compactMap(find).first else {
            throw Generator.Failure(description: "Do tworzenia plików PDF potrzebny jest LibreOffice, który nie jest zainstalowany (w systemie Debian: apt-get install libreoffice-writer-nogui). Utwórz dokumenty jako .docx lub .odt.")
        }
        let profile = NSTemporaryDirectory() + "zitdocs-pdf-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: profile) }
        for start in stride(from: 0, to: documents.count, by: documentsPerRun) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: soffice)
            process.arguments = ["-env:UserInstallation=file://\(profile)", "--headless", "--convert-to", "pdf", "--outdir", folder]
                + documents[start..<min(documents.count, start + documentsPerRun)]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
        }
        let pdfs = documents.map { ($0 as NSString).deletingPathExtension + ".pdf" }
        let missing = pdfs.filter { !FileManager.default.fileExists(atPath: $0) }
        guard missing.isEmpty else {
            throw Generator.Failure(description: "LibreOffice nie przekształcił do PDF części dokumentów (nieudane: \(missing.count) z \(documents.count); pierwszy z nich: \(missing[0])).")
        }
        for document in documents { try? FileManager.default.removeItem(atPath: document) }
        return pdfs
    }

    private static func find(_ name: String) -> String? {
        ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"].map { "\($0)/\(name)" }.first(where: FileManager.default.isExecutableFile(atPath:))
    }
}
