import Testing
@testable import ZitEngine

/// One pass finds every mistake in a template, each with its place and the text around it.
@Suite struct TemplateErrorTests {
    func paragraph(_ text: String) -> String { "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>" }

    @Test func everyMistakeIsReportedWithItsPlace() throws {
        let body = [
            paragraph("Dzień dobry {{name"),
            paragraph("{{amount | euro}}"),
            paragraph("{{#people}}x"),
            paragraph("{{/persons}}"),
            paragraph("{{#open}} nigdy nie zamknięta"),
        ].joined()
        let found = problems { _ = try TestPackages.template(try TestPackages.docx(body)) }
        let messages = found.map(\.description)
        #expect(messages.count == 4, "\(messages)")
        #expect(messages.contains(#"document body (word/document.xml), paragraph 1: "Dzień dobry {{name": the tag "{{name…" is not closed in this paragraph."#))
        #expect(messages.contains { $0.contains("paragraph 2") && $0.contains("\"euro\", which does not exist") })
        #expect(messages.contains { $0.contains("paragraph 4") && $0.contains("the section \"persons\" is closed here, but the section open at this point is \"people\"") })
        #expect(messages.contains { $0.contains("paragraph 5") && $0.contains("\"open\" is opened here but never closed") })
    }

    @Test func aSectionMustNotCrossATableEdge() throws {
        let body = """
            <w:p><w:r><w:t>{{#people}}</w:t></w:r></w:p><w:tbl><w:tblGrid><w:gridCol/></w:tblGrid>\
            <w:tr><w:tc><w:p><w:r><w:t>{{/people}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>
            """
        let found = problems { _ = try TestPackages.template(try TestPackages.docx(body)) }
        #expect(found.count == 1)
        #expect(found.first?.description.contains("inside a table and the other is outside it") == true)
    }

    @Test func sectionTagsSpanningParagraphsMustStandAlone() throws {
        let body = paragraph("Uczestnicy: {{#people}}") + paragraph("{{name}}") + paragraph("{{/people}}")
        let found = problems { _ = try TestPackages.template(try TestPackages.docx(body)) }
        #expect(found.map(\.kind) == [.sectionTagNotAlone("people")])
        #expect(found.first?.location.place == "paragraph 1")
    }

    @Test func errorsInCellsNameTheTableRowAndCell() throws {
        let body = """
            <w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>\
            <w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>{{ | upper}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>
            """
        let found = problems { _ = try TestPackages.template(try TestPackages.docx(body)) }
        #expect(found.first?.location.place == "table 1, row 2, cell 2")
    }

    @Test func aBadDateInTheDataNamesTheTag() throws {
        let template = try TestPackages.template(try TestPackages.docx(paragraph(#"{{day | date:"d MMMM yyyy"}}"#)))
        let found = problems { _ = try template.render(["day": "jutro"]) }
        #expect(found.map(\.message) == [#"the tag {{day | date:"d MMMM yyyy"}} cannot be filled: "jutro" is not a date (write it as 2026-03-05 or 05.03.2026)."#])
    }
}
