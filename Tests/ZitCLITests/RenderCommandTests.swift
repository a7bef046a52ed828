import ArgumentParser
import Foundation
import Testing
import ZitData
import ZitEngine
import ZitPackage
import ZitXML

@testable import ZitCLI

/// `zitdocs render` as a person uses it: files in, files out, clear errors.
@Suite final class RenderCommandTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "zitdocs-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let template = Self.wordTemplate(
            body:
                #"<w:p><w:r><w:t xml:space="preserve">{{#isWoman}}Pani{{/isWoman}}{{^isWoman}}Pan{{/isWoman}} {{firstName}} {{lastName}} — {{course}}</w:t></w:r></w:p>"#
        )
        try Data(template).write(to: URL(fileURLWithPath: folder + "/zaswiadczenie.docx"))
        try """
        course: Warsztat 2/5
        participants:
          - { firstName: Łucja, lastName: Żak, isWoman: true }
          - { firstName: Jan, lastName: "O'Neill", isWoman: false }
          - { firstName: Ewa, lastName: Żak, isWoman: true }
        """.write(toFile: folder + "/dane.yaml", atomically: true, encoding: .utf8)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// A minimal Word template made with the project's own package writer.
    static func wordTemplate(body: String) -> [UInt8] {
        let skeleton = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/skeleton.docx").path
        let package = try! Package(contentsOf: skeleton)
        let document =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\#(body)<w:sectPr/></w:body></w:document>"#
        return try! PackageWriter(source: package).bytes(
            of: package.entryNames.map {
                $0 == "word/document.xml" ? .deflated($0, Array(document.utf8)) : .copied($0)
            })
    }

    func run(_ arguments: [String]) throws {
        var command = try Zitdocs.parseAsRoot(arguments)
        try command.run()
    }

    func bodyText(_ path: String) throws -> String {
        let package = try Package(contentsOf: path)
        let document = try XMLDocument(parsing: try package.read("word/document.xml"), part: "word/document.xml")
        var text = ""
        document.root?.walk { if $0.kind == .text { text += $0.text } }
        return text
    }

    @Test func oneDocumentPerParticipantWithReadableNames() throws {
        try run([
            "render", folder + "/zaswiadczenie.docx", "--data", folder + "/dane.yaml", "--each", "participants",
            "--name", "{{lastName}}-{{firstName}}", "--output", folder + "/out"
        ])
        let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/out").sorted()
        #expect(files == ["ONeill-Jan.docx", "Zak-Ewa.docx", "Zak-Lucja.docx"])
        #expect(try bodyText(folder + "/out/Zak-Lucja.docx") == "Pani Łucja Żak — Warsztat 2/5")
        #expect(try bodyText(folder + "/out/ONeill-Jan.docx") == "Pan Jan O'Neill — Warsztat 2/5")
    }

    @Test func mergedIntoOneDocument() throws {
        try run([
            "render", folder + "/zaswiadczenie.docx", "--data", folder + "/dane.yaml", "--each", "participants",
            "--merge", "--output", folder + "/razem.docx"
        ])
        #expect(
            try bodyText(folder + "/razem.docx")
                == "Pani Łucja Żak — Warsztat 2/5Pan Jan O'Neill — Warsztat 2/5Pani Ewa Żak — Warsztat 2/5")
    }

    @Test func aFailedBatchWritesNothing() throws {
        try """
        participants:
          - { firstName: Jan, lastName: Nowak }
          - { firstName: Ewa }
        """.write(toFile: folder + "/niepelne.yaml", atomically: true, encoding: .utf8)
        #expect(throws: ExitCode.failure) {
            try run([
                "render", folder + "/zaswiadczenie.docx", "--data", folder + "/niepelne.yaml", "--each", "participants",
                "--strict", "--output", folder + "/out"
            ])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/out").isEmpty)
    }

    @Test func damagedDataNamesTheFileAndLine() throws {
        try "{\n \"course\": 1,\n \"participants\": x\n}".write(
            toFile: folder + "/zle.json", atomically: true, encoding: .utf8)
        #expect(throws: DataFileError.self) { _ = try DataFile.load(from: URL(fileURLWithPath: folder + "/zle.json")) }
        do {
            _ = try DataFile.load(from: URL(fileURLWithPath: folder + "/zle.json"))
        } catch {
            #expect(
                error.description.hasPrefix(folder + "/zle.json: nie da się odczytać pliku JSON: linia 3, kolumna 18"))
        }
        try "participants:\n  - name: [a\n".write(toFile: folder + "/zle.yaml", atomically: true, encoding: .utf8)
        do {
            _ = try DataFile.load(from: URL(fileURLWithPath: folder + "/zle.yaml"))
            Issue.record("damaged YAML was read")
        } catch {
            #expect(error.description.hasPrefix(folder + "/zle.yaml: nie da się odczytać pliku YAML: 3:1"))
        }
    }

    /// The template is read on another core while the data is read; when both are broken, the
    /// template is still the one named, as when they were read in turn.
    @Test func aBrokenTemplateIsReportedBeforeBrokenData() throws {
        try Data("nie zip".utf8).write(to: URL(fileURLWithPath: folder + "/zepsuty.docx"))
        func errors(template: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: RegisterProcessTests.program)
            process.arguments = ["render", template, "--data", folder + "/brak.json", "--output", folder + "/x.docx"]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let text = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus != 0)
            return String(decoding: text, as: UTF8.self)
        }
        let both = try errors(template: folder + "/zepsuty.docx")
        #expect(
            both.hasPrefix(folder + "/zepsuty.docx: to nie jest poprawny dokument Word ani OpenDocument"), "\(both)")
        #expect(!both.contains("brak.json"))
        let dataOnly = try errors(template: folder + "/zaswiadczenie.docx")
        #expect(dataOnly.hasPrefix(folder + "/brak.json: nie można odczytać pliku z danymi"), "\(dataOnly)")
    }

    @Test func jsonNumbersBooleansAndTextKeepTheirKinds() throws {
        try #"{"a": true, "b": 2, "c": 0.1, "d": "tak", "e": null, "f": [1, "x"]}"#.write(
            toFile: folder + "/typy.json", atomically: true, encoding: .utf8)
        #expect(
            try DataFile.load(from: URL(fileURLWithPath: folder + "/typy.json")) == [
                "a": true, "b": 2, "c": .number(Decimal(string: "0.1")!), "d": "tak", "e": nil, "f": [1, "x"]
            ])
    }

    @Test func theOutputMustMatchTheTemplateKind() throws {
        #expect(throws: ValidationError.self) {
            try run([
                "render", folder + "/zaswiadczenie.docx", "--data", folder + "/dane.yaml", "--output", folder + "/x.odt"
            ])
        }
    }
}

/// Pictures the data names by path are read beside the data file, and never from outside its folder.
extension RenderCommandTests {
    /// The header of a PNG 40 × 20 px: what the engine reads of it.
    static let png: [UInt8] =
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        + [0, 0, 0, 40, 0, 0, 0, 20, 8, 2, 0, 0, 0, 0, 0, 0, 0]

    func writePictureCase(podpis: String) throws {
        let template = Self.wordTemplate(
            body: #"<w:p><w:r><w:t xml:space="preserve">Podpis: {{%podpis}}</w:t></w:r></w:p>"#)
        try Data(template).write(to: URL(fileURLWithPath: folder + "/podpis.docx"))
        try FileManager.default.createDirectory(atPath: folder + "/dane/obrazy", withIntermediateDirectories: true)
        try Data(Self.png).write(to: URL(fileURLWithPath: folder + "/dane/obrazy/podpis.png"))
        try Data(Self.png).write(to: URL(fileURLWithPath: folder + "/poza.png"))
        try "podpis: \(podpis)\n".write(toFile: folder + "/dane/dane.yaml", atomically: true, encoding: .utf8)
    }

    @Test func aPictureBesideTheDataFileIsPutIn() throws {
        try writePictureCase(podpis: "obrazy/podpis.png")
        try run([
            "render", folder + "/podpis.docx", "--data", folder + "/dane/dane.yaml", "--output", folder + "/p.docx"
        ])
        let package = try Package(contentsOf: folder + "/p.docx")
        #expect(try package.read("word/media/zitdocs-picture-1.png") == Self.png)
        let document = String(decoding: try package.read("word/document.xml"), as: UTF8.self)
        // 40 × 20 px at 96 dpi: 1.058 × 0.529 cm.
        #expect(document.contains(#"<wp:extent cx="381000" cy="190500"/>"#))
    }

    @Test func aPictureOutsideTheDataFilesFolderIsRefusedAndNothingIsWritten() throws {
        try writePictureCase(podpis: "../poza.png")
        #expect(throws: ExitCode.failure) {
            try run([
                "render", folder + "/podpis.docx", "--data", folder + "/dane/dane.yaml", "--output", folder + "/p.docx"
            ])
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/p.docx"))
    }
}
