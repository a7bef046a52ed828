import Testing
import ZitPackage
import ZitXML

@testable import ZitEngine

/// A list of thousands of rows is compressed while it is filled, never held whole as text.
@Suite struct LongDocumentTests {
    static let rowCount = 20_000

    static let data: TemplateValue = [
        "people": .list((1...rowCount).map { ["name": .string("Łucja Żak-\($0)")] })
    ]

    func row(_ cells: String...) -> String {
        "<w:tr>" + cells.map { "<w:tc><w:p><w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r></w:p></w:tc>" }.joined()
            + "</w:tr>"
    }

    @Test func aLongTableIsStreamedAndReadsBackRowByRow() throws {
        let body =
            "<w:tbl>" + row("Lp.", "Imię i nazwisko") + row("{{#people}}{{@number}}.", "{{name}}{{/people}}")
            + "</w:tbl><w:p/>"
        let rendering = try Rendering(try TestPackages.docx(body), data: Self.data)
        #expect(rendering.document.parts["word/document.xml"] == nil, "the body went to the compressor")
        let compressed = try #require(rendering.document.deflatedParts["word/document.xml"])
        #expect(compressed.uncompressedSize > 2 * Deflate.chunkSize)

        let package = try rendering.package()
        let rows = try VisibleText.paragraphs(try package.read("word/document.xml"), part: "word/document.xml").filter {
            !$0.isEmpty
        }
        #expect(rows.count == Self.rowCount + 1)
        #expect(rows[1] == "1. | Łucja Żak-1")
        #expect(rows[Self.rowCount] == "\(Self.rowCount). | Łucja Żak-\(Self.rowCount)")
    }

    @Test func certificatesAfterTheFirstAreCodedFromTheTemplatesParse() throws {
        let topics = (1...30).map {
            "<w:p><w:r><w:t>Temat \($0): zarządzanie i realizacja zasad horyzontalnych</w:t></w:r></w:p>"
        }.joined()
        let body =
            "<w:p><w:r><w:t>Zaświadczenie dla {{name}}</w:t></w:r></w:p>" + topics
            + "<w:p><w:r><w:t xml:space=\"preserve\">{{#topics}}{{.}}; {{/topics}}</w:t></w:r></w:p><w:p><w:r><w:t>{{place}}</w:t></w:r></w:p>"
        let data: TemplateValue = ["name": "Łucja Żak", "topics": ["Forum", "Wizyta studyjna"], "place": "Wałbrzych"]
        let rendering = try Rendering(
            try TestPackages.docx(body), data: data, options: TemplateOptions(coding: .fromMarks))
        // The first document goes through zlib; the template is parsed when a second one comes.
        #expect(rendering.document.deflatedParts.isEmpty)
        let second = try rendering.template.render(data)
        let text = try #require(second.parts["word/document.xml"])
        #expect(text == rendering.document.parts["word/document.xml"])
        let compressed = try #require(second.deflatedParts["word/document.xml"])
        #expect(Deflate.decompress(compressed) == text)
        let written = try Package(bytes: try DocumentWriter(for: rendering.template).bytes(of: second), name: "out")
        #expect(try written.read("word/document.xml") == text)
        #expect(try rendering.paragraphs().suffix(2) == ["Forum; Wizyta studyjna; ", "Wałbrzych"])
    }

    @Test func aShortDocumentStaysPlainText() throws {
        let body = row("{{#people}}{{name}}{{/people}}")
        let rendering = try Rendering(
            try TestPackages.docx("<w:tbl>\(body)</w:tbl>"), data: ["people": [["name": "Anna"]]])
        #expect(rendering.document.deflatedParts.isEmpty)
        #expect(try rendering.paragraphs() == ["Anna"])
    }
}
