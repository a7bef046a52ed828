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
            paragraph("{{#open}} nigdy nie zamknięta")
        ].joined()
        let found = problems { _ = try TestPackages.template(try TestPackages.docx(body)) }
        let messages = found.map(\.description)
        #expect(messages.count == 4, "\(messages)")
        #expect(
            messages.contains(
                "treść dokumentu (word/document.xml), akapit 1: „Dzień dobry {{name”: znacznik „{{name…” nie jest zamknięty w tym akapicie."
            ))
        #expect(messages.contains { $0.contains("akapit 2") && $0.contains("„euro”, który nie istnieje") })
        #expect(
            messages.contains {
                $0.contains("akapit 4")
                    && $0.contains(
                        "tutaj jest zamknięta sekcja „persons”, ale w tym miejscu otwarta jest sekcja „people”")
            })
        #expect(
            messages.contains {
                $0.contains("akapit 5") && $0.contains("„open” zaczyna się tutaj, ale nigdzie nie jest zamknięta")
            })
    }

    @Test func aSectionMustNotCrossATableEdge() throws {
        let body = """
            <w:p><w:r><w:t>{{#people}}</w:t></w:r></w:p><w:tbl><w:tblGrid><w:gridCol/></w:tblGrid>\
            <w:tr><w:tc><w:p><w:r><w:t>{{/people}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>
            """
        let found = problems { _ = try TestPackages.template(try TestPackages.docx(body)) }
        #expect(found.count == 1)
        #expect(found.first?.description.contains("jest w tabeli, a drugi poza nią") == true)
    }

    @Test func errorsInCellsNameTheTableRowAndCell() throws {
        let body = """
            <w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>\
            <w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>{{ | upper}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>
            """
        let found = problems { _ = try TestPackages.template(try TestPackages.docx(body)) }
        #expect(found.first?.location.place == "tabela 1, wiersz 2, komórka 2")
    }

    @Test func aBadDateInTheDataNamesTheTag() throws {
        let template = try TestPackages.template(try TestPackages.docx(paragraph(#"{{day | date:"d MMMM yyyy"}}"#)))
        let found = problems { _ = try template.render(["day": "jutro"]) }
        #expect(
            found.map(\.message) == [
                #"znacznika {{day | date:"d MMMM yyyy"}} nie da się wypełnić: „jutro” nie jest datą (zapisz ją jako 2026-03-05 albo 05.03.2026)."#
            ])
    }
}
