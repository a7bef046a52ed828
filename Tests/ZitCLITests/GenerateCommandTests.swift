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
}
