import Foundation
import Testing
import ZitPackage

@testable import ZitEngine

/// Many documents in one: each copy on its own page, ids unique, list numbering restarting.
@Suite struct MergeTests {
    let people: [TemplateValue] = [["name": "Anna"], ["name": "Jan"], ["name": "Ewa"]]

    @Test func wordCopiesAreSeparatedBySectionBreaksAndRestartNumbering() throws {
        let body = """
            <w:p><w:r><w:t>Zaświadczenie: {{name}} ({{project.title}})</w:t></w:r></w:p>\
            <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>punkt</w:t></w:r></w:p>\
            <w:p><w:r><w:drawing><wp:inline><wp:docPr id="3" name="Logo"/></wp:inline></w:drawing></w:r></w:p>
            """
        let template = try TestPackages.template(try TestPackages.docx(body))
        let document = try template.renderMerged(people, outer: ["project": ["title": "ZIT"]])
        let xml = String(decoding: try #require(document.parts["word/document.xml"]), as: UTF8.self)
        let texts = try VisibleText.paragraphs(try #require(document.parts["word/document.xml"]))
        #expect(
            texts.filter { $0.hasPrefix("Zaświadczenie") } == [
                "Zaświadczenie: Anna (ZIT)", "Zaświadczenie: Jan (ZIT)", "Zaświadczenie: Ewa (ZIT)"
            ])
        // two breaks between three copies, plus the body's own last section
        #expect(xml.components(separatedBy: "<w:sectPr>").count - 1 == 3)
        #expect(xml.hasSuffix("</w:sectPr></w:body></w:document>") || xml.contains("</w:sectPr></w:body></w:document>"))
        let drawingIds = xml.matches(of: /docPr id="(\d+)"/).map { String($0.1) }
        #expect(Set(drawingIds).count == 3)
        let numIds = xml.matches(of: /w:numId w:val="(\d+)"/).map { String($0.1) }
        #expect(Set(numIds).count == 3)
        let numbering = String(decoding: try #require(document.parts["word/numbering.xml"]), as: UTF8.self)
        for id in numIds {
            #expect(
                numbering.contains(
                    #"<w:num w:numId="\#(id)"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>"#
                ))
        }
        #expect(try VisibleText.paragraphs(try #require(document.parts["word/header1.xml"])) == ["ZIT"])
    }

    @Test func eachWordCopyHasItsOwnFootnote() throws {
        let data = try JSONDecoder().decode(
            TemplateValue.self, from: try Data(contentsOf: URL(fileURLWithPath: TestPackages.fixture("lo-letter.json")))
        )
        guard case .object(var second) = data else { return }
        second["project"] = ["programme": "Program drugi", "title": "T", "number": "N"]
        let template = try Template(contentsOf: TestPackages.fixture("lo-letter.docx"))
        let document = try template.renderMerged([data, .object(second)])
        let body = String(decoding: try #require(document.parts["word/document.xml"]), as: UTF8.self)
        let references = body.matches(of: /footnoteReference w:id="(\d+)"/).map { String($0.1) }
        #expect(references.count == 2 && Set(references).count == 2)
        let notes = String(decoding: try #require(document.parts["word/footnotes.xml"]), as: UTF8.self)
        for (id, programme) in zip(
            references, ["Pomoc Techniczna dla Funduszy Europejskich 2021-2027", "Program drugi"])
        {
            let note = try #require(notes.firstRange(of: "<w:footnote w:id=\"\(id)\""))
            #expect(notes[note.lowerBound...].prefix(2000).contains(programme))
        }
    }

    @Test func openDocumentCopiesStartOnANewPage() throws {
        let template = try TestPackages.template(
            try TestPackages.odt("<text:p>Zaświadczenie: {{name}}</text:p>"), name: "t.odt")
        let document = try template.renderMerged(people)
        let xml = String(decoding: try #require(document.parts["content.xml"]), as: UTF8.self)
        #expect(xml.components(separatedBy: #"<text:p text:style-name="zitdocs_page_break"/>"#).count - 1 == 2)
        #expect(
            xml.contains(
                #"<style:style style:name="zitdocs_page_break" style:family="paragraph"><style:paragraph-properties fo:break-before="page""#
            ))
        #expect(
            try VisibleText.paragraphs(try #require(document.parts["content.xml"])).filter { !$0.isEmpty }
                == ["Zaświadczenie: Anna", "Zaświadczenie: Jan", "Zaświadczenie: Ewa"])
    }

    @Test func openDocumentCopiesWhoseFirstParagraphBreaksThePageNeedNoSeparator() throws {
        let styles =
            #"<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Naglowek"/>"#
            + #"<style:style style:name="Naglowek" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>"#
        let template = try TestPackages.template(
            try TestPackages.odt(
                #"<text:p text:style-name="P1">Zaświadczenie: {{name}}</text:p>"#, automaticStyles: styles),
            name: "t.odt")
        let xml = String(decoding: try #require(try template.renderMerged(people).parts["content.xml"]), as: UTF8.self)
        #expect(!xml.contains("zitdocs_page_break"))
        #expect(xml.components(separatedBy: "Zaświadczenie: ").count - 1 == 3)
    }
}
