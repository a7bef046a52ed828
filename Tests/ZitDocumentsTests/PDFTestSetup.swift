import Foundation
import Testing
import ZitRegister

@testable import ZitDocuments

/// What the suites that make PDFs start from: the tools, required rather than skipped, and a copy
/// of the sample project whose register starts empty and stays out of the repository.
enum PDFTestSetup {
    /// Fails the test and names what is missing when LibreOffice's Python bridge or one of the
    /// programs is not installed.
    static func requireTools(_ programs: [String] = ["soffice", "qpdf"]) throws {
        var missing = programs.filter { PDFTools.find($0) == nil }
        if !FileManager.default.fileExists(atPath: "/usr/lib/python3/dist-packages/uno.py") {
            missing.append("python3-uno")
        }
        try #require(
            missing.isEmpty,
            "the PDF tests need \(missing.joined(separator: ", ")): make test installs them (Debian: apt-get install libreoffice-writer-nogui python3-uno qpdf poppler-utils)"
        )
    }

    static func copySampleProject(to folder: String) throws {
        try FileManager.default.copyItem(atPath: DocumentPlansTests.folder, toPath: folder)
        try? FileManager.default.removeItem(atPath: folder + "/" + CertificateRegister.fileName)
    }
}
