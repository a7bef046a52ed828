import Testing

@testable import ZitEngine

/// The layouts of `WordLayoutTests` in OpenDocument templates (whose skeleton's header has a
/// `{{…}}` tag, so all of them are written with the default delimiters).
@Suite struct OpenDocumentLayoutTests {
    let users: TemplateValue = ["users": [["name": "Anna"], ["name": "Jan"]]]

    func odt(_ text: String, styles: String = "") throws -> [UInt8] {
        try TestPackages.odt(text, automaticStyles: styles)
    }
    func paragraph(_ text: String, style: String? = nil) -> String {
        "<text:p\(style.map { " text:style-name=\"\($0)\"" } ?? "")>\(text)</text:p>"
    }
    let styles = """
        <style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/></style:style>\
        <style:style style:name="P2" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>\
        <style:style style:name="Przed" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>\
        <style:style style:name="Po" style:family="paragraph"><style:paragraph-properties fo:break-after="page"/></style:style>\
        <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
        """

    var letter: String {
        paragraph(#"Dear {{#users}}<text:span text:style-name="T1">{{name}}</text:span>,"#, style: "P1")
            + paragraph("Thanks for joining.") + paragraph("{{/users}} Regards", style: "P2")
    }

    @Test func aLoopFromMidParagraphRepeatsExactlyWhatLiesBetweenItsTags() throws {
        let rendering = try Rendering(try odt(letter, styles: styles), name: "t.odt", data: users)
        #expect(
            try rendering.paragraphs() == [
                "Dear Anna,", "Thanks for joining.", "Jan,", "Thanks for joining.", " Regards"
            ])
        let xml = try rendering.xml()
        #expect(xml.occurrences(of: #"<text:span text:style-name="T1">"#) == 2)
        #expect(xml.occurrences(of: #"<text:p text:style-name="P1">"#) == 1)
        #expect(xml.occurrences(of: #"<text:p text:style-name="P2">"#) == 2)
        try LayoutOutput.keep(rendering, as: "across-paragraphs.odt")
        let empty = try Rendering(try odt(letter, styles: styles), name: "t.odt", data: ["users": []])
        #expect(try empty.paragraphs() == ["Dear  Regards"])
    }

    @Test func aConditionOpenedMidParagraphClosesParagraphsLater() throws {
        let text =
            paragraph("Szanowni Państwo{{#extra}}, w załączeniu") + paragraph("lista obecności")
            + paragraph("oraz zaświadczenia{{/extra}}.") + paragraph("Z poważaniem")
        let shown = try Rendering(try odt(text), name: "t.odt", data: ["extra": true])
        #expect(
            try shown.paragraphs() == [
                "Szanowni Państwo, w załączeniu", "lista obecności", "oraz zaświadczenia.", "Z poważaniem"
            ])
        let hidden = try Rendering(try odt(text), name: "t.odt", data: ["extra": false])
        #expect(try hidden.paragraphs() == ["Szanowni Państwo.", "Z poważaniem"])
    }

    @Test func aSectionAcrossListItemsOfOneList() throws {
        let text = """
            <text:list><text:list-item>\(paragraph("Temat: {{#users}}{{name}}"))</text:list-item>\
            <text:list-item>\(paragraph("opis{{/users}}"))</text:list-item></text:list>
            """
        let rendering = try Rendering(try odt(text), name: "t.odt", data: users)
        #expect(try rendering.paragraphs() == ["Temat: Anna", "opisJan", "opis"])
        #expect(try rendering.xml().occurrences(of: "<text:list-item>") == 3)
    }

    @Test func aSectionOpeningInACellAndClosingOutsideTheTableIsALocatedError() throws {
        let text = """
            <table:table table:name="T"><table:table-column/><table:table-row><table:table-cell>\
            \(paragraph("Lista: {{#users}}{{name}}"))</table:table-cell></table:table-row></table:table>\
            \(paragraph("koniec{{/users}}"))
            """
        let found = problems { _ = try TestPackages.template(try odt(text), name: "t.odt") }
        #expect(found.count == 1)
        let problem = try #require(found.first)
        #expect(problem.location.part == "content.xml")
        #expect(problem.location.place == "tabela 1, wiersz 1, komórka 1")
        #expect(problem.description.contains("sekcji „users” nie da się powtórzyć"))
        #expect(problem.description.contains("jest w tabeli, a drugi poza nią"))
    }

    @Test func aHeadingCannotBeClosedInAParagraph() throws {
        let text = "<text:h>Rozdział {{#users}}{{name}}</text:h>" + paragraph("treść{{/users}}")
        let found = problems { _ = try TestPackages.template(try odt(text), name: "t.odt") }
        #expect(found.map(\.location.place) == ["akapit 1"])
    }

    @Test func aPageBreakStyleOnTheOpeningTagStartsEveryRepetition() throws {
        let text =
            paragraph("Wstęp") + paragraph("{{#users}}", style: "Przed") + paragraph("{{name}}")
            + paragraph("{{/users}}")
            + paragraph("Koniec")
        let rendering = try Rendering(try odt(text, styles: styles), name: "t.odt", data: users)
        #expect(try rendering.paragraphs() == ["Wstęp", "", "Anna", "", "Jan", "Koniec"])
        #expect(try rendering.xml().occurrences(of: #"text:style-name="Przed""#) == 2)
        try LayoutOutput.keep(rendering, as: "page-break-opening.odt")
        let empty = try Rendering(
            try odt(text, styles: styles), name: "t.odt", data: ["users": []])
        #expect(try empty.paragraphs() == ["Wstęp", "Koniec"])
    }

    @Test func aPageBreakStyleOnTheClosingTagEndsEveryRepetition() throws {
        let text =
            paragraph("Wstęp") + paragraph("{{#users}}") + paragraph("{{name}}") + paragraph("{{/users}}", style: "Po")
            + paragraph("Koniec")
        let rendering = try Rendering(try odt(text, styles: styles), name: "t.odt", data: users)
        #expect(try rendering.paragraphs() == ["Wstęp", "Anna", "", "Jan", "", "Koniec"])
        #expect(try rendering.xml().occurrences(of: #"text:style-name="Po""#) == 2)
        let empty = try Rendering(try odt(text, styles: styles), name: "t.odt", data: ["users": []])
        #expect(try empty.paragraphs() == ["Wstęp", "Koniec"])
        #expect(try !empty.xml().contains(#"text:style-name="Po""#))
    }

    @Test func aPageStyleInALoopStartsEveryRepetitionsPage() throws {
        let pageStyle = """
            <style:style style:name="Strona" style:family="paragraph" style:master-page-name="Standard"/>
            """
        let text =
            paragraph("{{#users}}") + paragraph("{{name}}", style: "Strona") + paragraph("uczestnik")
            + paragraph("{{/users}}")
        let rendering = try Rendering(try odt(text, styles: pageStyle), name: "t.odt", data: users)
        #expect(try rendering.paragraphs() == ["Anna", "uczestnik", "Jan", "uczestnik"])
        #expect(try rendering.xml().occurrences(of: #"text:style-name="Strona""#) == 2)
        try LayoutOutput.keep(rendering, as: "page-style.odt")
    }

    @Test func repeatedSectionsGetUniqueNames() throws {
        let text =
            paragraph("{{#users}}") + #"<text:section text:name="Osoba">\#(paragraph("{{name}}"))</text:section>"#
            + paragraph("{{/users}}")
        let rendering = try Rendering(try odt(text), name: "t.odt", data: users)
        let names = try rendering.xml().matches(of: /text:section text:name="([^"]+)"/).map { String($0.1) }
        #expect(names.count == 2 && Set(names).count == 2)
    }

    @Test func aLoopOverTheRowsOfATableInATableCell() throws {
        let text = """
            <table:table table:name="Zewn"><table:table-column/><table:table-row><table:table-cell>\
            \(paragraph("Zadania:"))<table:table table:name="Wewn"><table:table-column/><table:table-column/>\
            <table:table-row><table:table-cell>\(paragraph("Lp."))</table:table-cell><table:table-cell>\(paragraph("Nazwa"))</table:table-cell></table:table-row>\
            <table:table-row><table:table-cell>\(paragraph("{{#tasks}}{{@number}}"))</table:table-cell><table:table-cell>\(paragraph("{{name}}{{/tasks}}"))</table:table-cell></table:table-row>\
            </table:table></table:table-cell></table:table-row></table:table>
            """
        let data: TemplateValue = ["tasks": [["name": "Analiza"], ["name": "Forum"], ["name": "Raport"]]]
        let rendering = try Rendering(try odt(text), name: "t.odt", data: data)
        #expect(try rendering.paragraphs() == ["Zadania:/Lp. | Nazwa/1 | Analiza/2 | Forum/3 | Raport"])
        let xml = try rendering.xml()
        #expect(xml.occurrences(of: "<table:table-row>") == 5)
        #expect(xml.occurrences(of: "<text:p>") == 9)
        try LayoutOutput.keep(rendering, as: "nested-tables.odt")
    }
}
