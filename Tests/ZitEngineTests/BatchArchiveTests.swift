import Foundation
import Testing
import ZitPackage

@testable import ZitEngine

/// A batch written straight into one ZIP, as the server's jobs write it: every document in the
/// batch's order, each the file `Batch.write` makes, and no archive at all when one fails.
@Suite struct BatchArchiveTests {
    /// More documents than wait for their turn at once, so the writer catches up with the renderers.
    static let people: [TemplateValue] = (1...60).map {
        ["number": .string("\($0)"), "name": .string("Łucja Żak-\($0)")]
    }

    static func template(strict: Bool = false) throws -> Template {
        try TestPackages.template(
            try TestPackages.docx(
                "<w:p><w:r><w:t>Zaświadczenie nr {{number}} dla {{name}}</w:t></w:r></w:p>", header: "Projekt ZIT",
                title: "Zaświadczenie {{number}}"),
            options: TemplateOptions(strict: strict))
    }

    static func items(_ people: [TemplateValue]) -> [BatchItem] {
        people.enumerated().map { BatchItem(data: $1, fileName: "zaswiadczenie-\($0 + 1).docx") }
    }

    static func folder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "zitdocs-archive-\(UUID().uuidString)"
        )
        .path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func theArchiveHoldsEveryDocumentInOrderAsTheFilesOfTheBatch() throws {
        let template = try Self.template()
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let items = Self.items(Self.people)
        let path = (folder as NSString).appendingPathComponent("Zaswiadczenia.zip")
        _ = try Batch.archive(items, with: template, to: path, workers: 2)
        let files = (folder as NSString).appendingPathComponent("pliki")
        _ = try Batch.write(items, with: template, into: files, workers: 2)

        let archive = try Package(contentsOf: path)
        #expect(archive.entryNames == items.map(\.fileName))
        // The same file as the ZIP made in memory of the files themselves.
        let stored = try items.map { item in
            PackageEntry.stored(
                item.fileName,
                [UInt8](
                    try Data(
                        contentsOf: URL(fileURLWithPath: (files as NSString).appendingPathComponent(item.fileName)))))
        }
        let inMemory = try PackageWriter(source: try Package(bytes: PackageWriter.emptyArchive, name: "pusty.zip"))
            .bytes(of: stored)
        #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) == inMemory)
        for (number, item) in items.enumerated() {
            let document = try archive.read(item.fileName)
            let file = [UInt8](
                try Data(contentsOf: URL(fileURLWithPath: (files as NSString).appendingPathComponent(item.fileName))))
            #expect(document == file, "\(item.fileName)")
            let text = try VisibleText.paragraphs(
                try Package(bytes: document, name: item.fileName).read("word/document.xml"))
            #expect(text == ["Zaświadczenie nr \(number + 1) dla Łucja Żak-\(number + 1)"])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["Zaswiadczenia.zip", "pliki"])
    }

    @Test func aDocumentThatCannotBeFilledLeavesNoArchive() throws {
        let template = try Self.template(strict: true)
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var people = Self.people
        people[40] = ["number": "41"]
        let path = (folder as NSString).appendingPathComponent("Zaswiadczenia.zip")
        let error = #expect(throws: TemplateError.self) {
            try Batch.archive(Self.items(people), with: template, to: path, workers: 2)
        }
        let problems = error?.problems ?? []
        #expect(problems.count == 1)
        #expect(problems.first?.document == "dokument 41 (zaswiadczenie-41.docx)")
        #expect(problems.first?.description.contains("name") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }
}
