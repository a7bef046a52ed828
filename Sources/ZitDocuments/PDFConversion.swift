import Foundation
import ZitEngine

/// PDFs through LibreOffice. Starting LibreOffice and laying out a document cost far more than
/// a page, so a batch is converted as one merged document and the PDF is cut into one file per
/// document (poppler's pdfseparate); when the documents do not have one page each, the cut
/// would be guessed, so they are converted one by one in a single LibreOffice run instead.
enum PDFConversion {
    static func convert(
        _ documents: [String], merged: (() throws -> RenderedDocument)?, template: Template, in folder: String
    ) throws -> [String] {
        let soffice = try tool(["soffice", "libreoffice"], package: "libreoffice-writer-nogui", folder: folder)
        let work = NSTemporaryDirectory() + "zitdocs-pdf-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let pdfs = documents.map { ($0 as NSString).deletingPathExtension + ".pdf" }

        if let merged, documents.count > 1,
           let separate = find("pdfseparate"), let info = find("pdfinfo")
        {
            let whole = (work as NSString).appendingPathComponent("razem.\(template.kind.fileExtension)")
            try DocumentWriter(for: template).write(try merged(), to: whole)
            try run(soffice, ["-env:UserInstallation=file://\(work)/profile", "--headless", "--convert-to", "pdf", "--outdir", work, whole])
            let wholePDF = (whole as NSString).deletingPathExtension + ".pdf"
            if pageCount(of: wholePDF, using: info) == documents.count {
                try run(separate, [wholePDF, (work as NSString).appendingPathComponent("strona-%d.pdf")])
                for (index, pdf) in pdfs.enumerated() {
                    let page = (work as NSString).appendingPathComponent("strona-\(index + 1).pdf")
                    try? FileManager.default.removeItem(atPath: pdf)
                    try FileManager.default.moveItem(atPath: page, toPath: pdf)
                }
                for document in documents { try? FileManager.default.removeItem(atPath: document) }
                return pdfs
            }
        }
        try run(soffice, ["-env:UserInstallation=file://\(work)/profile", "--headless", "--convert-to", "pdf", "--outdir", folder] + documents)
        let missing = pdfs.filter { !FileManager.default.fileExists(atPath: $0) }
        guard missing.isEmpty else {
            throw Generator.Failure(description: "LibreOffice could not convert \(missing.count) of \(documents.count) documents to PDF (first: \(missing[0])).")
        }
        for document in documents { try? FileManager.default.removeItem(atPath: document) }
        return pdfs
    }

    static func pageCount(of pdf: String, using info: String) -> Int? {
        let pipe = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: info)
        process.arguments = [pdf]
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }
    }

    private static func find(_ name: String) -> String? {
        ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"].map { "\($0)/\(name)" }.first(where: FileManager.default.isExecutableFile(atPath:))
    }

    private static func tool(_ names: [String], package: String, folder: String) throws -> String {
        guard let path = names.lazy.compactMap(find).first else {
            throw Generator.Failure(description: "PDF needs LibreOffice, which is not installed (on Debian: apt-get install \(package)). Make the documents as .docx or .odt instead.")
        }
        return path
    }

    private static func run(_ executable: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Generator.Failure(description: "\((executable as NSString).lastPathComponent) stopped with an error while making PDFs.")
        }
    }
}
