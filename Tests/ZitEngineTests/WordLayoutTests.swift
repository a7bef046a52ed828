import Testing

@testable import ZitEngine

/// Layouts docxtemplater fills, filled the same way in Word templates (written with its
/// delimiters `{ }` where the layout comes from its examples).
@Suite struct WordLayoutTests {
    let users: TemplateValue = ["users": [["name": "Anna"], ["name": "Jan"]], "none": []]
    let docxtemplater = TemplateOptions(delimiters: Delimiters("{ }")!)

    func paragraph(_ text: String, properties: String = "") -> String {
        "<w:p>\(properties)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }
    let pageBreak = #"<w:r><w:br w:type="page"/></w:r>"#

    // MARK: sections across paragraphs

    var letter: String {
        """
        <w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:t xml:space="preserve">Dear {#users}</w:t></w:r>\
        <w:r><w:rPr><w:b/></w:rPr><w:t>{name}</w:t></w:r><w:r><w:t>,</w:t></w:r></w:p>\
        \(paragraph("Thanks for joining."))\
        <w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">{/users} Regards</w:t></w:r></w:p>
        """
    }

    @Test func aLoopFromMidParagraphRepeatsExactlyWhatLiesBetweenItsTags() throws {
        let rendering = try Rendering(
            try TestPackages.docx(letter, header: "Nagłówek", title: "List"), data: users, options: docxtemplater)
        #expect(
            try rendering.paragraphs() == [
                "Dear Anna,", "Thanks for joining.", "Jan,", "Thanks for joining.", " Regards"
            ])
        let xml = try rendering.xml()
        #expect(xml.occurrences(of: "<w:b/>") == 2)  // each name keeps its run's formatting
        #expect(xml.occurrences(of: #"<w:jc w:val="left"/>"#) == 1)
        // The closing paragraph opens each repetition's end.
        #expect(xml.occurrences(of: #"<w:jc w:val="right"/>"#) == 2)
        try LayoutOutput.keep(rendering, as: "across-paragraphs.docx")
    }

    @Test func aLoopFromMidParagraphThatShowsNothingJoinsItsTwoParagraphs() throws {
        let rendering = try Rendering(
            try TestPackages.docx(letter, header: "Nagłówek", title: "List"), data: ["users": []],
            options: docxtemplater)
        #expect(try rendering.paragraphs() == ["Dear  Regards"])
        #expect(try rendering.xml().occurrences(of: "<w:jc ") == 1)
    }

    @Test func aConditionOpenedMidParagraphClosesParagraphsLater() throws {
        let body =
            paragraph("Szanowni Państwo{{#extra}}, w załączeniu") + paragraph("lista obecności")
            + paragraph("oraz zaświadczenia{{/extra}}.") + paragraph("Z poważaniem")
        let shown = try Rendering(try TestPackages.docx(body), data: ["extra": true])
        #expect(
            try shown.paragraphs() == [
                "Szanowni Państwo, w załączeniu", "lista obecności", "oraz zaświadczenia.", "Z poważaniem"
            ])
        let hidden = try Rendering(try TestPackages.docx(body), data: ["extra": false])
        #expect(try hidden.paragraphs() == ["Szanowni Państwo.", "Z poważaniem"])
        try LayoutOutput.keep(hidden, as: "condition-across-paragraphs.docx")
    }

    @Test func anOpeningTagAloneAndAClosingTagBesideTextRepeatTheRawRange() throws {
        let body = paragraph("{{#users}}") + paragraph("Imię: {{name}}") + paragraph("{{/users}}koniec")
        let rendering = try Rendering(try TestPackages.docx(body), data: users)
        #expect(try rendering.paragraphs() == ["", "Imię: Anna", "", "Imię: Jan", "koniec"])
    }

    @Test func aSectionOpeningInACellAndClosingOutsideTheTableIsALocatedError() throws {
        let body = """
            <w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>Lista: {{#users}}{{name}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
            \(paragraph("koniec{{/users}}"))
            """
        let found = problems { _ = try TestPackages.template(try TestPackages.docx(body)) }
        #expect(found.count == 1)
        let problem = try #require(found.first)
        #expect(problem.location.part == "word/document.xml")
        #expect(problem.location.place == "tabela 1, wiersz 1, komórka 1")
        #expect(problem.description.contains("sekcji „users” nie da się powtórzyć"))
        #expect(problem.description.contains("jest w tabeli, a drugi poza nią"))
        #expect(problem.description.contains("Lista: {{#users}}{{name}}"))
    }

    @Test func aSectionFromATextBoxIntoTheBodyIsALocatedError() throws {
        let body = """
            <w:p><w:r><w:t>Ramka</w:t></w:r><w:r><w:pict><w:txbxContent>\(paragraph("a {{#users}}b"))</w:txbxContent></w:pict></w:r></w:p>\
            \(paragraph("c{{/users}}"))
            """
        let found = problems { _ = try TestPackages.template(try TestPackages.docx(body)) }
        #expect(found.map(\.location.place) == ["akapit 2"])
        #expect(found.first?.message.contains("na różnych poziomach dokumentu") == true)
    }

    // MARK: page breaks at the edges of a paragraph loop

    @Test func aPageBreakBesideTheOpeningTagStartsEveryRepetition() throws {
        let body =
            paragraph("Przed") + "<w:p><w:r><w:t>{#users}</w:t></w:r>\(pageBreak)</w:p>" + paragraph("{name}")
            + paragraph("{/users}") + paragraph("Po")
        let rendering = try Rendering(
            try TestPackages.docx(body, header: "Nagłówek", title: "List"), data: users, options: docxtemplater)
        #expect(try rendering.paragraphs() == ["Przed", "\n", "Anna", "\n", "Jan", "Po"])
        #expect(try rendering.xml().occurrences(of: #"w:type="page""#) == 2)
        try LayoutOutput.keep(rendering, as: "page-break-opening.docx")
        let empty = try Rendering(
            try TestPackages.docx(body, header: "Nagłówek", title: "List"), data: ["users": []], options: docxtemplater)
        #expect(try empty.paragraphs() == ["Przed", "Po"])
        #expect(try !empty.xml().contains(#"w:type="page""#))
    }

    @Test func aPageBreakBesideTheClosingTagEndsEveryRepetition() throws {
        let body =
            paragraph("Przed") + paragraph("{#users}") + paragraph("{name}")
            + "<w:p>\(pageBreak)<w:r><w:t>{/users}</w:t></w:r></w:p>" + paragraph("Po")
        let rendering = try Rendering(
            try TestPackages.docx(body, header: "Nagłówek", title: "List"), data: users, options: docxtemplater)
        #expect(try rendering.paragraphs() == ["Przed", "Anna", "\n", "Jan", "\n", "Po"])
        #expect(try rendering.xml().occurrences(of: #"w:type="page""#) == 2)
        try LayoutOutput.keep(rendering, as: "page-break-closing.docx")
        let empty = try Rendering(
            try TestPackages.docx(body, header: "Nagłówek", title: "List"), data: ["users": []], options: docxtemplater)
        #expect(try empty.paragraphs() == ["Przed", "Po"])
        #expect(try !empty.xml().contains(#"w:type="page""#))
    }

    @Test func anEmptyConditionLeavesNoStrayPage() throws {
        let body =
            paragraph("Zaświadczenie") + "<w:p>\(pageBreak)<w:r><w:t>{{#annex}}</w:t></w:r></w:p>"
            + paragraph("Załącznik") + paragraph("{{/annex}}")
        let without = try Rendering(try TestPackages.docx(body), data: ["annex": false])
        #expect(try without.paragraphs() == ["Zaświadczenie"])
        #expect(try !without.xml().contains(#"w:type="page""#))
        let with = try Rendering(try TestPackages.docx(body), data: ["annex": true])
        #expect(try with.paragraphs() == ["Zaświadczenie", "\n", "Załącznik"])
    }

    // MARK: section breaks in repeated paragraphs

    func sectionBreak(_ inside: String) -> String { "<w:p><w:pPr><w:sectPr>\(inside)</w:sectPr></w:pPr></w:p>" }
    let references =
        #"<w:headerReference w:type="default" r:id="rId1"/><w:footerReference w:type="default" r:id="rId1"/>"#
    let pageSize = #"<w:pgSz w:w="11906" w:h="16838"/>"#

    @Test func aSectionBreakInALoopRepeatsWithItsHeadersOnceAndContinuousLaterSections() throws {
        let body =
            paragraph("{{#users}}") + paragraph("{{name}}") + sectionBreak(references + pageSize)
            + paragraph("{{/users}}") + paragraph("Podsumowanie")
            + sectionBreak(#"<w:type w:val="continuous"/>"# + pageSize)
        let rendering = try Rendering(
            try TestPackages.docx(body), data: ["users": [["name": "Anna"], ["name": "Jan"], ["name": "Ewa"]]])
        #expect(try rendering.paragraphs() == ["Anna", "", "Jan", "", "Ewa", "", "Podsumowanie", ""])
        let xml = try rendering.xml()
        #expect(xml.occurrences(of: "<w:sectPr>") == 5)  // three repetitions, the one after, the document's
        #expect(xml.occurrences(of: "<w:headerReference") == 2)  // the first repetition's and the document's
        #expect(xml.occurrences(of: "<w:footerReference") == 1)
        #expect(xml.occurrences(of: #"<w:type w:val="continuous"/><w:pgSz"#) == 3)  // two added, in the schema's order
        try LayoutOutput.keep(rendering, as: "section-breaks.docx")
    }

    /// As docxtemplater: the pages before an empty loop keep the setup its last paragraph's break gave them.
    @Test func anEmptyLoopKeepsTheSectionBreakOfItsLastParagraph() throws {
        let body =
            paragraph("Wstęp") + paragraph("{{#users}}") + paragraph("{{name}}") + sectionBreak(references + pageSize)
            + paragraph("{{/users}}") + paragraph("Podsumowanie")
        for data: TemplateValue in [["users": []], ["users": false], [:]] {
            let rendering = try Rendering(try TestPackages.docx(body), data: data)
            #expect(try rendering.paragraphs() == ["Wstęp", "", "Podsumowanie"])
            let xml = try rendering.xml()
            #expect(xml.occurrences(of: "<w:sectPr>") == 2)  // the loop's, kept, and the document's
            #expect(xml.occurrences(of: "<w:headerReference") == 2)
            #expect(xml.occurrences(of: "<w:footerReference") == 1)
        }
        let shown = try Rendering(try TestPackages.docx(body), data: ["users": [["name": "Anna"]]])
        #expect(try shown.paragraphs() == ["Wstęp", "Anna", "", "Podsumowanie"])
        #expect(try shown.xml().occurrences(of: "<w:sectPr>") == 2)
    }

    @Test func sectionBreaksBeforeANewPageSectionKeepTheirType() throws {
        let body =
            paragraph("{{#users}}") + paragraph("{{name}}") + sectionBreak(references + pageSize)
            + paragraph("{{/users}}")
        let rendering = try Rendering(try TestPackages.docx(body), data: users)
        let xml = try rendering.xml()
        #expect(xml.occurrences(of: "<w:sectPr>") == 3)
        #expect(!xml.contains("<w:type "))
        #expect(xml.occurrences(of: "<w:headerReference") == 2)
    }

    @Test func twoSectionBreaksNamingHeadersKeepThemInEveryRepetition() throws {
        let body =
            paragraph("{{#users}}") + paragraph("{{name}}") + sectionBreak(references + pageSize)
            + paragraph("aneks") + sectionBreak(references + pageSize) + paragraph("{{/users}}")
        let rendering = try Rendering(try TestPackages.docx(body), data: users)
        #expect(try rendering.xml().occurrences(of: "<w:footerReference") == 4)
    }

    // MARK: tables in tables

    var nestedTable: String {
        """
        <w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>\(paragraph("Zadania:"))\
        <w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>\
        <w:tr><w:tc>\(paragraph("Lp."))</w:tc><w:tc>\(paragraph("Nazwa"))</w:tc></w:tr>\
        <w:tr><w:tc>\(paragraph("{{#tasks}}{{@number}}"))</w:tc><w:tc>\(paragraph("{{name}}{{/tasks}}"))</w:tc></w:tr>\
        </w:tbl><w:p/></w:tc></w:tr></w:tbl><w:p/>
        """
    }

    @Test func aLoopOverTheRowsOfATableInATableCell() throws {
        let data: TemplateValue = ["tasks": [["name": "Analiza"], ["name": "Forum"], ["name": "Raport"]]]
        let rendering = try Rendering(try TestPackages.docx(nestedTable), data: data)
        #expect(try rendering.paragraphs() == ["Zadania:/Lp. | Nazwa/1 | Analiza/2 | Forum/3 | Raport/", ""])
        let xml = try rendering.xml()
        #expect(xml.occurrences(of: "<w:tr>") == 5)
        #expect(xml.occurrences(of: "<w:p>") + xml.occurrences(of: "<w:p/>") == 11)
        #expect(xml.contains("</w:tbl><w:p/></w:tc>"))
        try LayoutOutput.keep(rendering, as: "nested-tables.docx")
    }

    @Test func aParagraphLoopAroundATableInACellLeavesTheCellEndingWithAParagraph() throws {
        let body = """
            <w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>\(paragraph("Obecność:"))\(paragraph("{{#users}}"))\(paragraph("{{name}}"))\
            <w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>\(paragraph("obecny"))</w:tc></w:tr></w:tbl>\
            \(paragraph("{{/users}}"))</w:tc></w:tr></w:tbl><w:p/>
            """
        let rendering = try Rendering(try TestPackages.docx(body), data: users)
        #expect(try rendering.paragraphs() == ["Obecność:/Anna/obecny/Jan/obecny/", ""])
        let xml = try rendering.xml()
        #expect(!xml.contains("</w:tbl></w:tc>"))
        #expect(xml.occurrences(of: "<w:tbl>") == 3)
        try LayoutOutput.keep(rendering, as: "loop-around-nested-table.docx")
    }
}
