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
