import Foundation

/// The programs PDFs are made and read with (LibreOffice, driven from Python; qpdf to read a PDF's
/// structure), found where Debian and Homebrew put them, and run without a shell.
enum PDFTools {
    static func find(_ name: String) -> String? {
        ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"].map { "\($0)/\(name)" }.first(
            where: FileManager.default.isExecutableFile(atPath:))
    }

    static func libreOffice() throws -> String {
        guard let soffice = ["soffice", "libreoffice"].lazy.compactMap(find).first else {
            throw Generator.Failure(
                description:
                    "Do tworzenia plików PDF potrzebny jest LibreOffice, który nie jest zainstalowany (w systemie Debian: apt-get install libreoffice-writer-nogui). Utwórz dokumenty jako .docx lub .odt."
            )
        }
        return soffice
    }

    /// A LibreOffice user profile of its own for each run: one left behind by another program
    /// (or a LibreOffice window that is open) would make the conversion wait or fail.
    static func withLibreOfficeProfile<Result>(_ work: (_ argument: String) throws -> Result) rethrows -> Result {
        let profile = NSTemporaryDirectory() + "zitdocs-pdf-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: profile) }
        return try work("-env:UserInstallation=\(URL(fileURLWithPath: profile).absoluteString)")
    }

    /// Runs a program to its end and returns what it printed; a program that fails is an error
    /// naming it, with the first line of what it said.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        // What it says goes to a file: a second pipe could fill up while the first is being read.
        let log = NSTemporaryDirectory() + "zitdocs-pdf-\(UUID().uuidString).log"
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: log) }
        process.standardError = FileHandle(forWritingAtPath: log) ?? FileHandle.nullDevice
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let said = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            let line = said.split(separator: "\n").first.map { ": \($0)" } ?? ""
            throw Generator.Failure(
                description:
                    "program \((executable as NSString).lastPathComponent) zakończył się błędem podczas tworzenia plików PDF\(line)."
            )
        }
        return printed
    }
}
