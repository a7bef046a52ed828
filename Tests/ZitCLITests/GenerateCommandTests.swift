import ArgumentParser
import Foundation
import Testing
import ZitPackage
import ZitRegister
import ZitXML
@testable import ZitCLI

/// `zitdocs generate` on the sample project: the files a project office gets.
@Suite struct GenerateCommandTests {
    let output = NSTemporaryDirectory() + "zitdocs-generate-\(UUID().uuidString)"
    /// A copy of the sample project, so its certificate register starts empty and stays out of the repository.
    let project = NSTemporaryDirectory() + "zitdocs-generate-project-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.copyItem(atPath: CheckCommandTests.sample, toPath: project)
        try? FileManager.default.removeItem(atPath: project + "/" + CertificateRegister.fileName)
    }

    func run(_ arguments: [String]) throws {
        var command = try Zitdocs.parseAsRoot(["generate"] + arguments + ["--project", project, "--output", output])
        try command.run()
    }

    func text(of path: String, part: String = "word/document.xml") throws -> String {
        let package = try Package(contentsOf: path)
        let document = try XMLDocument(parsing: try package.read(part), part: part)
        var text = ""
        document.root?.walk { if $0.kind == .text { text += $0.text } }
        return text
    }

    /// The cells of every table row of a .docx, each cell's paragraphs joined with " | ".
    func tableRows(of path: String) throws -> [[String]] {
        let package = try Package(contentsOf: path)
        let document = try XMLDocument(parsing: try package.read("word/document.xml"), part: "word/document.xml")
        var rows: [[String]] = []
        document.root?.walk { node in
            guard node.isElement, node.localName == "tr" else { return }
            rows.append(node.children.filter { $0.isElement && $0.localName == "tc" }.map { cell in
                cell.children.filter { $0.isElement && $0.localName == "p" }.map(\.text).joined(separator: " | ")
            })
        }
        return rows
    }

    /// Section 2 of the progress report as printed: per task, the events and participants of the
    /// period and so far, and its money, for the first half of 2026 of the sample project.
    @Test func theProgressReportPrintsEachTasksFigures() throws {
        try run(["progress-report", "--period", "2026-1"])
        let rows = try tableRows(of: output + "/progress-report/informacja-o-postepie-2026-1.docx")
        func row(_ task: String) -> [String]? { rows.first { $0.first?.hasPrefix(task + " ") == true } }
        let nbsp = "\u{00A0}"
        #expect(row("Z4") == [
            "Z4 Organizacja 5 warsztatów dotyczących zarządzania rozwojem MOF | W okresie: Warsztat 3/5 (12 marca 2026 r.); Warsztat 4/5 (20 maja 2026 r.).",
            "2", "4 z 5", "34", "48", "110\(nbsp)000,00", "38\(nbsp)912,75", "72\(nbsp)957,95", "66,3%",
        ])
        #expect(row("Z8")?.dropFirst() == ["1", "1 z 1", "25", "25", "66\(nbsp)000,00", "61\(nbsp)418,80", "61\(nbsp)418,80", "93,1%"])
        #expect(row("Z10")?.dropFirst().prefix(4) == ["2", "4 z 5", "21", "32"])
        #expect(row("Z5")?.dropFirst().prefix(4) == ["—", "—", "—", "—"])
        #expect(row("Z5")?.first?.hasSuffix("Zadanie nie obejmuje wydarzeń; jego postęp pokazują wydatki.") == true)
        let header = try #require(rows.first { $0.first == "Zadanie" })
        #expect(header == ["Zadanie", "Wydarzenia", "Uczestnicy", "Wydatki (zł)"])
    }

    @Test func certificatesForOneWorkshopWithReadableNamesAndAZip() throws {
        try run(["certificates", "--event", "WZP-2"])
        let folder = output + "/certificates"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files.count == 18)
        #expect(files.allSatisfy { $0.hasPrefix("zaswiadczenie-WZP-2-") && $0.hasSuffix(".docx") && $0.allSatisfy(\.isASCII) })
        let archive = try Package(contentsOf: output + "/certificates.zip")
        #expect(archive.entryNames.sorted() == files)
        let first = try text(of: folder + "/" + files[0])
        #expect(first.contains("Warsztat 2/5 — zarządzanie projektami"))
        #expect(first.contains("wziął udział") || first.contains("wzięła udział") || first.contains("uczestniczył(a)"))
    }

    @Test func mergedCertificatesAreOneDocument() throws {
        try run(["certificates", "--event", "WZP-2", "--merge"])
        let files = try FileManager.default.contentsOfDirectory(atPath: output + "/certificates")
        #expect(files == ["zaswiadczenie-razem.docx"])
        let text = try text(of: output + "/certificates/zaswiadczenie-razem.docx")
        #expect(text.components(separatedBy: "Zaświadcza się").count - 1 == 18)
    }

    @Test func anUnknownEventIsRefusedBeforeAnythingIsWritten() throws {
        #expect(throws: ValidationError.self) { try run(["attendance", "--event", "NIE-MA"]) }
        #expect(!FileManager.default.fileExists(atPath: output + "/attendance"))
    }

    @Test func theRegisterPrintsForTheAuditorWithEventNamesAndCancellations() throws {
        try run(["certificates", "--event", "WZP-2"])
        var cancel = try Zitdocs.parseAsRoot(["register", "cancel", "3/2025/WZP", "--reason", "błąd w nazwisku", "--project", project])
        try cancel.run()
        let printed = output + "/rejestr.docx"
        var export = try Zitdocs.parseAsRoot(["register", "export", "--output", printed, "--project", project])
        try export.run()
        let text = try text(of: printed)
        #expect(text.contains("REJESTR WYDANYCH ZAŚWIADCZEŃ"))
        #expect(text.contains("liczba wpisów: 18"))
        #expect(text.contains("3/2025/WZP"))
        #expect(text.contains("Warsztat 2/5 — zarządzanie projektami: "))
        #expect(!text.contains("WZP-2"), "the event's id is replaced by its name")
        #expect(text.contains("anulowane") && text.contains("błąd w nazwisku"))
        #expect(text.components(separatedBy: "wydane").count - 1 == 17)
    }
}
