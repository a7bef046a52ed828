import Testing
import ZitXML

@testable import ZitEngine

/// What a section repeats follows from where its tags stand.
@Suite struct SectionTests {
    let people: TemplateValue = [
        "project": "ZIT",
        "people": [
            ["name": "Anna", "isWoman": true],
            ["name": "Jan", "isWoman": false],
            ["name": "Ewa", "isWoman": true]
        ],
        "none": []
    ]

    func paragraph(_ text: String) -> String { "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>" }

    @Test func inlineSectionsRepeatTextAndLookUpOuterScopes() throws {
        let body = paragraph("{{#people}}{{@number}}. {{name}} ({{project}}){{^@last}}, {{/}}{{/people}}")
        let rendering = try Rendering(try TestPackages.docx(body), data: people)
        #expect(try rendering.paragraphs() == ["1. Anna (ZIT), 2. Jan (ZIT), 3. Ewa (ZIT)"])
    }

    @Test func conditionsChooseGrammaticalGender() throws {
        let body = paragraph("{{#people}}{{#isWoman}}Pani{{/isWoman}}{{^isWoman}}Pan{{/isWoman}} {{name}}; {{/people}}")
        let rendering = try Rendering(try TestPackages.docx(body), data: people)
        #expect(try rendering.paragraphs() == ["Pani Anna; Pan Jan; Pani Ewa; "])
    }

    @Test func textAfterAnInlineSectionKeepsItsLeadingSpace() throws {
        let body =
            "<w:p><w:r><w:t>Pan{{#isWoman}}i{{/isWoman}} Jan {{^isWoman}}wziął{{/isWoman}} udział</w:t></w:r></w:p>"
        let rendering = try Rendering(try TestPackages.docx(body), data: ["isWoman": false])
        #expect(try rendering.paragraphs() == ["Pan Jan wziął udział"])
        let xml = try rendering.xml()
        #expect(xml.contains(#"<w:t xml:space="preserve"> udział</w:t>"#))
        #expect(xml.contains(#"<w:t xml:space="preserve"> Jan </w:t>"#))
    }

    @Test func inlineSectionAcrossDifferentlyFormattedRuns() throws {
        let body = """
            <w:p><w:r><w:t xml:space="preserve">Lista: {{#people}}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{{name}}</w:t></w:r>\
            <w:r><w:t xml:space="preserve"> {{/people}}koniec</w:t></w:r></w:p>
            """
        let rendering = try Rendering(try TestPackages.docx(body), data: people)
        #expect(try rendering.paragraphs() == ["Lista: Anna Jan Ewa koniec"])
        #expect(try rendering.xml().components(separatedBy: "<w:b/>").count == 4)
    }

    @Test func paragraphLoopLeavesNoBlankLines() throws {
        let body = [
            paragraph("Przed"), paragraph("{{#people}}"), paragraph("{{name}}"), paragraph("{{/people}}"),
            paragraph("Po")
        ].joined()
        let rendering = try Rendering(try TestPackages.docx(body), data: people)
        #expect(try rendering.paragraphs() == ["Przed", "Anna", "Jan", "Ewa", "Po"])
        let empty = try Rendering(try TestPackages.docx(body), data: ["people": []])
        #expect(try empty.paragraphs() == ["Przed", "Po"])
    }

    @Test func tableRowLoopKeepsTheHeaderAndNumbersRows() throws {
        let body = """
            <w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>\
            <w:tr><w:tc><w:p><w:r><w:t>Lp.</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Imię</w:t></w:r></w:p></w:tc></w:tr>\
            <w:tr><w:tc><w:p><w:r><w:t>{{#people}}{{@number}}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{{name}}{{/people}}</w:t></w:r></w:p></w:tc></w:tr>\
            </w:tbl><w:p/>
            """
        let rendering = try Rendering(try TestPackages.docx(body), data: people)
        #expect(try rendering.paragraphs() == ["Lp. | Imię", "1 | Anna", "2 | Jan", "3 | Ewa", ""])
        let empty = try Rendering(try TestPackages.docx(body), data: ["people": []])
        #expect(try empty.paragraphs() == ["Lp. | Imię", ""])
    }

    @Test func aTableWhoseRowsAllRepeatDisappearsWhenEmpty() throws {
        let body = """
            <w:p><w:r><w:t>Przed</w:t></w:r></w:p><w:tbl><w:tblGrid><w:gridCol/></w:tblGrid>\
            <w:tr><w:tc><w:p><w:r><w:t>{{#people}}</w:t></w:r></w:p><w:p><w:r><w:t>{{name}}</w:t></w:r></w:p></w:tc></w:tr>\
            <w:tr><w:tc><w:p><w:r><w:t>{{/people}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>
            """
        let rendering = try Rendering(try TestPackages.docx(body), data: people)
        #expect(try rendering.paragraphs() == ["Przed", "Anna", "", "Jan", "", "Ewa", "", ""])
        let empty = try Rendering(try TestPackages.docx(body), data: ["people": []])
        #expect(try empty.paragraphs() == ["Przed", ""])
        #expect(try !empty.xml().contains("<w:tbl>"))
    }

    @Test func aParagraphLoopFillingACellLeavesTheCellAParagraph() throws {
        let body = """
            <w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:tcPr/>\
            <w:p><w:r><w:t>{{#none}}</w:t></w:r></w:p><w:p><w:r><w:t>x</w:t></w:r></w:p><w:p><w:r><w:t>{{/none}}</w:t></w:r></w:p>\
            </w:tc></w:tr></w:tbl><w:p/>
            """
        let rendering = try Rendering(try TestPackages.docx(body), data: people)
        let xml = try rendering.xml()
        #expect(xml.contains("<w:tc><w:tcPr/><w:p>"))
        #expect(try rendering.paragraphs() == ["", ""])
    }

    @Test func aTagParagraphHoldingASectionBreakIsKept() throws {
        let body = """
            <w:p><w:r><w:t>{{#people}}</w:t></w:r></w:p><w:p><w:r><w:t>{{name}}</w:t></w:r></w:p>\
            <w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr><w:r><w:t>{{/people}}</w:t></w:r></w:p>
            """
        let rendering = try Rendering(try TestPackages.docx(body), data: ["people": []])
        #expect(try rendering.xml().components(separatedBy: "<w:sectPr>").count == 3)
    }

    @Test func rowsSpanningTwoTableRowsRepeatTogether() throws {
        let body = """
            <w:tbl><w:tblGrid><w:gridCol/></w:tblGrid>\
            <w:tr><w:tc><w:p><w:r><w:t>{{#people}}Imię: {{name}}</w:t></w:r></w:p></w:tc></w:tr>\
            <w:tr><w:tc><w:p><w:r><w:t>Nr {{@number}}{{/people}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>
            """
        let rendering = try Rendering(try TestPackages.docx(body), data: people)
        #expect(try rendering.paragraphs() == ["Imię: Anna", "Nr 1", "Imię: Jan", "Nr 2", "Imię: Ewa", "Nr 3", ""])
    }

    @Test func repeatedDrawingsAndBookmarksGetFreshIds() throws {
        let body = """
            <w:p><w:r><w:t>{{#people}}</w:t></w:r></w:p>\
            <w:p w14:paraId="1A2B3C4D"><w:bookmarkStart w:id="7" w:name="osoba"/><w:r><w:drawing><wp:inline><wp:docPr id="5" name="Logo"/></wp:inline></w:drawing></w:r><w:bookmarkEnd w:id="7"/></w:p>\
            <w:p><w:r><w:t>{{/people}}</w:t></w:r></w:p><w:p><w:r><w:drawing><wp:inline><wp:docPr id="9" name="Stopka"/></wp:inline></w:drawing></w:r></w:p>
            """
        let rendering = try Rendering(try TestPackages.docx(body), data: people)
        let xml = try rendering.xml()
        let drawingIds = xml.matches(of: /docPr id="(\d+)"/).map { String($0.1) }
        #expect(drawingIds == ["10", "11", "12", "9"])
        let bookmarkIds = xml.matches(of: /bookmark(?:Start|End) w:id="(\d+)"/).map { String($0.1) }
        #expect(bookmarkIds == ["8", "8", "9", "9", "10", "10"])
        let bookmarkNames = xml.matches(of: /w:name="([^"]+)"/).map { String($0.1) }
        #expect(bookmarkNames == ["osoba_1", "osoba_2", "osoba_3"])
        let paraIds = Set(xml.matches(of: /paraId="([0-9A-F]+)"/).map { String($0.1) })
        #expect(paraIds.count == 3)
    }
}
