import ArgumentParser
import Foundation
import Testing
import ZitData
import ZitPackage
import ZitRegister
import ZitSheets

@testable import ZitCLI

/// Inputs built to hurt, through the whole tool: each ends in a clear message, and nothing is
/// written outside the output folder.
@Suite final class HostileInputTests {
    let project = NSTemporaryDirectory() + "zitdocs-hostile-\(UUID().uuidString)"
    var output: String { project + "/out" }

    init() throws {
        try FileManager.default.copyItem(atPath: CheckCommandTests.sample, toPath: project)
        try? FileManager.default.removeItem(atPath: project + "/" + CertificateRegister.fileName)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: project)
    }

    /// The sample's participant list as CSV, with `change` applied to each row's cells.
    func rewriteParticipants(_ change: (inout [String]) -> Void) throws {
        let sheet = try SheetReader.read(contentsOf: project + "/uczestnicy.xlsx").sheets[0]
        let width = sheet.rows.map { $0.cells.map(\.column).max() ?? 0 }.max() ?? 0
        var lines: [String] = []
        for row in sheet.rows {
            var cells = (1...width).map { row[$0].plainText }
            if row.number > 1 { change(&cells) }
            lines.append(
                cells.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ";"))
        }
        try FileManager.default.removeItem(atPath: project + "/uczestnicy.xlsx")
        try (lines.joined(separator: "\n") + "\n").write(
            toFile: project + "/uczestnicy.csv", atomically: true, encoding: .utf8)
    }

    func generate(_ arguments: [String]) throws {
        var command = try Zitdocs.parseAsRoot(["generate"] + arguments + ["--project", project, "--output", output])
        try command.run()
    }

    @Test func namesThatWouldEscapeTheFolderStayInside() throws {
        try rewriteParticipants { cells in
            if cells[0] == "U001" { cells[2] = "../../\u{202E}etc/passwd\u{202C}"; cells[1] = "/root" }
        }
        try generate(["leader-certificates"])
        let files = try FileManager.default.contentsOfDirectory(atPath: output + "/leader-certificates")
        #expect(files.count == 18)
        #expect(files.allSatisfy { !$0.contains("/") && !$0.hasPrefix(".") && $0.allSatisfy(\.isASCII) })
        #expect(files.contains { $0.contains("etc_passwd") })
        #expect(!FileManager.default.fileExists(atPath: project + "/etc"))
    }

    @Test func aFakeSpreadsheetIsNamed() throws {
        try "Imię;Nazwisko".write(toFile: project + "/obecnosci.xlsx", atomically: true, encoding: .utf8)
        var command = try Zitdocs.parseAsRoot(["check", "--project", project])
        #expect(throws: ExitCode.failure) { try command.run() }
        var generate = try Zitdocs.parseAsRoot(["generate", "all", "--project", project, "--output", output])
        #expect(throws: ExitCode.failure) { try generate.run() }
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func aTemplateWithAnExternalEntityIsRefused() throws {
        let source = try Package(contentsOf: try #require(ProjectFolder.templates()) + "/zaswiadczenie.docx")
        let evil = #"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>"#
        let bytes = try PackageWriter(source: source).bytes(
            of: source.entryNames.map {
                $0 == "word/document.xml" ? .deflated($0, Array(evil.utf8)) : .copied($0)
            })
        try Data(bytes).write(to: URL(fileURLWithPath: project + "/zly.docx"))
        #expect(throws: ExitCode.failure) {
            try generate(["certificates", "--event", "WZP-2", "--template", project + "/zly.docx"])
        }
        #expect((try? FileManager.default.contentsOfDirectory(atPath: output + "/certificates"))?.isEmpty ?? true)
    }

    /// A few kilobytes nested thousands of levels deep would overflow the parsers' stack.
    @Test(arguments: [
        ("json", "{\"a\":" + String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000) + "}"),
        ("yaml", "a: " + String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000))
    ])
    func dataNestedTooDeeplyIsRefused(format: String, text: String) throws {
        let path = project + "/deep." + format
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            try DataFile.load(from: URL(fileURLWithPath: path))
        } throws: { error in
            (error as? DataFileError)?.description
                == "\(path): linia 1: dane są zagnieżdżone głębiej niż na 200 poziomów; takiego pliku nie da się bezpiecznie odczytać."
        }
    }

    /// "Billion laughs" in YAML: nine lines of anchors and aliases standing for 387 million values.
    @Test func yamlAliasesThatExpandWithoutEndAreRefused() throws {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1...8 {
            lines.append(
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        let path = project + "/laughs.yaml"
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            try DataFile.load(from: URL(fileURLWithPath: path))
        } throws: { error in
            (error as? DataFileError)?.description
                == "\(path): linia 7: po rozwinięciu odwołań (*nazwa) plik zawierałby ponad 5\u{A0}000\u{A0}000 wartości; takiego pliku nie da się bezpiecznie odczytać."
        }
        // The same in a project file: reported by check, not a crash or a hang.
        try (lines.joined(separator: "\n") + "\n").write(
            toFile: project + "/forum.yaml", atomically: true, encoding: .utf8)
        var check = try Zitdocs.parseAsRoot(["check", "--project", project])
        #expect(throws: ExitCode.failure) { try check.run() }
    }
}
