import Foundation
import Testing
import ZitPackage

@testable import ZitEngine

/// What a program needs to cut a merged document back into one file per item (a PDF per
/// person): a bookmark opening each copy, and whether the merge shows each item as it would be.
@Suite struct MergeForPDFTests {
    let people: [TemplateValue] = [
        ["participant": ["lastName": "Nowak"], "number": "1/2025/WZP"],
        ["participant": ["lastName": "Żak"], "number": "2/2025/WZP"],
        ["participant": ["lastName": "Ćwik"], "number": "3/2025/WZP"]
    ]

    @Test func eachOpenDocumentCopyOpensWithItsOwnBookmarkAndPage() throws {
        let styles =
            ##"<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:text-properties fo:color="#003399"/></style:style>"##
        let template = try TestPackages.template(
            try TestPackages.odt(
                #"<text:h text:style-name="P1" text:outline-level="1">ZAŚWIADCZENIE</text:h><text:p text:style-name="P1">nr {{number}}</text:p>"#,
                automaticStyles: styles), name: "t.odt")
        let xml = String(
            decoding: try #require(try template.renderMerged(people, forSplitting: true).parts["content.xml"]),
            as: UTF8.self)
        let names = xml.matches(
            of:
                /<text:h text:style-name="zitdocs_copy_start" text:outline-level="1"><text:bookmark text:name="zitdocs_copy_(\d+)"\/>ZAŚWIADCZENIE/
        )
        .map { Int($0.1)! }
        #expect(names.count == 3)
        #expect(names == names.sorted() && Set(names).count == 3, "numbered in the order of the copies")
        // The heading's own automatic style, copied with a page break: no separator paragraph
        // takes room on the copy's first page, and the other paragraph keeps its style.
        #expect(
            xml.contains(
                ##"<style:style style:name="zitdocs_copy_start" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:paragraph-properties fo:break-before="page"/><style:text-properties fo:color="#003399"/></style:style>"##
            ))
        #expect(!xml.contains("zitdocs_page_break"))
        #expect(xml.components(separatedBy: #"<text:p text:style-name="P1">nr "#).count - 1 == 3)
        // Without the option the merge is as it was.
        let plain = String(
            decoding: try #require(try template.renderMerged(people).parts["content.xml"]), as: UTF8.self)
        #expect(!plain.contains("zitdocs_copy"))
        #expect(plain.components(separatedBy: #"<text:p text:style-name="zitdocs_page_break"/>"#).count - 1 == 2)
    }

    @Test func eachWordCopyOpensWithABookmarkAfterTheParagraphProperties() throws {
        let body =
            #"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:bookmarkStart w:id="0" w:name="tytul"/><w:r><w:t>ZAŚWIADCZENIE nr {{number}}</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>"#
        let template = try TestPackages.template(try TestPackages.docx(body))
        let xml = String(
            decoding: try #require(try template.renderMerged(people, forSplitting: true).parts["word/document.xml"]),
            as: UTF8.self)
        let marks = xml.matches(
            of: /<\/w:pPr><w:bookmarkStart w:id="(\d+)" w:name="zitdocs_copy_(\d+)"\/><w:bookmarkEnd w:id="(\d+)"\/>/)
        #expect(marks.count == 3)
        #expect(marks.allSatisfy { $0.1 == $0.3 }, "each bookmark ends where it starts")
        let ids = xml.matches(of: /<w:bookmarkStart w:id="(\d+)"/).map { String($0.1) }
        #expect(
            ids.count == 6 && Set(ids).count == 6, "the template's own bookmark keeps ids apart from the copies' ones")
    }

    @Test func theBookmarkGoesToTheFirstParagraphEveryCopyShows() throws {
        let template = try TestPackages.template(
            try TestPackages.odt(
                "<text:p>{{#honorific}}</text:p><text:p>Szanowna Pani</text:p><text:p>{{/honorific}}</text:p><text:p>nr {{number}}</text:p>"
            ),
            name: "t.odt")
        let xml = String(
            decoding: try #require(try template.renderMerged(people, forSplitting: true).parts["content.xml"]),
            as: UTF8.self)
        #expect(
            xml.matches(of: /<text:p><text:bookmark text:name="zitdocs_copy_\d+"\/>nr \d\/2025\/WZP<\/text:p>/).count
                == 3)
        // That paragraph does not open every copy, so the copies are separated as in any merge.
        #expect(xml.components(separatedBy: #"<text:p text:style-name="zitdocs_page_break"/>"#).count - 1 == 2)
    }

    @Test func pageNumbersAreFoundInHeadersAndFields() throws {
        let plain = try TestPackages.template(try TestPackages.docx("<w:p><w:r><w:t>{{number}}</w:t></w:r></w:p>"))
        #expect(!plain.numbersPages)
        let word = try TestPackages.template(
            try TestPackages.docx(
                #"<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"#
            ))
        #expect(word.numbersPages)
        let odt = try TestPackages.template(
            try TestPackages.odt("<text:p>Strona <text:page-number>1</text:page-number></text:p>"), name: "t.odt")
        #expect(odt.numbersPages)
        for name in ["lista-obecnosci", "raport-forum"] {
            for format in ["docx", "odt"] {
                #expect(
                    try Template(contentsOf: Self.templates + "/\(name).\(format)").numbersPages, "\(name).\(format)")
            }
        }
        for format in ["docx", "odt"] {
            #expect(!(try Template(contentsOf: Self.templates + "/zaswiadczenie.\(format)").numbersPages))
        }
    }

    @Test func headersFilledAlikeOrNot() throws {
        let body = "<w:p><w:r><w:t>{{number}}</w:t></w:r></w:p>"
        let data = people.map { item -> TemplateValue in
            guard case .object(var fields) = item else { return item }
            fields["project"] = ["title": "ZIT"]
            return .object(fields)
        }
        #expect(
            try TestPackages.template(try TestPackages.docx(body, header: "{{project.title}}")).fillsSharedPartsAlike(
                data))
        #expect(
            !(try TestPackages.template(try TestPackages.docx(body, header: "nr {{number}}")).fillsSharedPartsAlike(
                data)))
        let styles = try TestPackages.template(try TestPackages.odt("<text:p>{{number}}</text:p>"), name: "t.odt")
        #expect(styles.fillsSharedPartsAlike(data))
    }

    @Test func eachItemsOwnProperties() throws {
        let word = try TestPackages.template(
            try TestPackages.docx("<w:p/>", title: "Zaświadczenie nr {{number}} — {{participant.lastName}}"))
        #expect(try word.properties(of: people[1]) == DocumentProperties(title: "Zaświadczenie nr 2/2025/WZP — Żak"))
        let odt = try Template(contentsOf: Self.templates + "/zaswiadczenie.odt")
        let properties = try odt.properties(of: [
            "number": "7/2025/WZP", "participant": ["name": "Anna Ćwik"], "event": ["title": "Warsztat"],
            "project": ["title": "ZIT"]
        ])
        #expect(properties.title == "Zaświadczenie nr 7/2025/WZP — Anna Ćwik")
        #expect(properties.subject == "Warsztat — ZIT")
    }

    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Templates").path
}
