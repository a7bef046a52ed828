import Foundation
import Testing

@testable import ZitEngine

/// What `Template.outline` tells a template's author: the tags, the sections with what they
/// repeat, the data needed, and the places that are likely mistakes.
@Suite struct OutlineTests {
    func paragraph(_ text: String) -> String {
        "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    func cell(_ text: String) -> String { "<w:tc>\(paragraph(text))</w:tc>" }

    func outline(_ bytes: [UInt8], options: TemplateOptions = TemplateOptions()) throws -> TemplateOutline {
        try Template.outline(bytes: bytes, name: "test.docx", options: options)
    }

    func body(_ outline: TemplateOutline) throws -> PartOutline {
        try #require(outline.parts.first { $0.part == "word/document.xml" })
    }

    @Test func tagsAreListedWithTheirPlaceTextAndFilters() throws {
        let template = try TestPackages.docx(
            paragraph("Wstęp") + paragraph(#"Warszawa, {{issued | date:"d MMMM yyyy"}} r., kwota {{amount | money}}"#))
        let part = try body(try outline(template))
        let issued = try #require(part.tags.first { $0.name == "issued" })
        #expect(issued.kind == .value)
        #expect(issued.filters == [#"date:"d MMMM yyyy""#])
        #expect(issued.location.place == "akapit 2")
        #expect(issued.location.excerpt == #"Warszawa, {{issued | date:"d MMMM yyyy"}} r., kwota {{amount | money}}"#)
        #expect(part.tags.map(\.source) == [#"{{issued | date:"d MMMM yyyy"}}"#, "{{amount | money}}"])
        #expect(part.tags.last?.filters == ["money"])
        let all = try outline(template)
        #expect(all.parts.map(\.part).contains("word/header1.xml"))
        #expect(all.rendersWithoutErrors)
    }

    @Test func aSectionInOneParagraphRepeatsInlineText() throws {
        let part = try body(try outline(try TestPackages.docx(paragraph("{{#isWoman}}Pani{{/isWoman}} {{name}}"))))
        let section = try #require(part.sections.first)
        #expect(section.name == "isWoman")
        #expect(section.repeats == SectionRepeats(kind: .inlineText, first: 1, last: 1))
        #expect(part.tags.map(\.kind) == [.section, .sectionEnd, .value])
    }

    @Test func loneParagraphTagsRepeatTheParagraphsBetween() throws {
        let template = try TestPackages.docx(
            paragraph("Lista:") + paragraph("{{#users}}") + paragraph("{{@number}}. {{name}}")
                + paragraph("{{email}}") + paragraph("{{/users}}") + paragraph("{{^users}}") + paragraph("{{/users}}"))
        let outline = try outline(template)
        let sections = try body(outline).sections
        #expect(sections.map(\.name) == ["users", "users"])
        #expect(sections[0].repeats == SectionRepeats(kind: .paragraphs, first: 3, last: 4))
        #expect(sections[0].opening.place == "akapit 2" && sections[0].closing.place == "akapit 5")
        #expect(sections[1].inverted && sections[1].repeats == SectionRepeats(kind: .paragraphs))
        let users = try #require(outline.data.first { $0.name == "users" })
        #expect(users.kind == .list)
        #expect(users.fields.map(\.name) == ["email", "name"])
    }

    @Test func tagsInCellsOfRowsRepeatThoseRows() throws {
        let table =
            "<w:tbl><w:tr>\(cell("Lp."))\(cell("Nazwisko"))</w:tr>"
            + "<w:tr>\(cell("{{#people}}{{@number}}"))\(cell("{{name}}"))</w:tr>"
            + "<w:tr>\(cell("{{role}}"))\(cell("{{/people}}"))</w:tr></w:tbl>"
        let outline = try outline(try TestPackages.docx(paragraph("Obecni:") + table))
        let section = try #require(try body(outline).sections.first)
        #expect(section.repeats == SectionRepeats(kind: .tableRows, first: 2, last: 3, table: 1))
        #expect(section.opening.place == "tabela 1, wiersz 2, komórka 1")
        let people = try #require(outline.data.first { $0.name == "people" })
        #expect(people.kind == .list)
        #expect(people.fields.map(\.name) == ["name", "role"])
    }

    @Test func tagsBesideTextInDifferentParagraphsRepeatWhatLiesBetween() throws {
        let template = try TestPackages.docx(
            paragraph("Drodzy {{#users}}{{name}},") + paragraph("dziękujemy.") + paragraph("{{/users}} Pozdrawiamy"))
        let section = try #require(try body(try outline(template)).sections.first)
        #expect(section.repeats == SectionRepeats(kind: .acrossParagraphs, first: 1, last: 3))
    }

    @Test func nestedSectionsAndDottedNamesMakeATree() throws {
        let template = try TestPackages.docx(
            paragraph("{{event.title}}, {{event.place}}") + paragraph("{{#days}}") + paragraph("{{dateText}}")
                + paragraph("{{#participants}}") + paragraph("{{name}} {{#isOnline}}online{{/isOnline}}")
                + paragraph("{{/participants}}") + paragraph("{{#event.topics}}{{.}}{{/event.topics}}")
                + paragraph("{{/days}}") + paragraph("{{#event.isOnline}}{{event.platform}}{{/event.isOnline}}"))
        let outline = try outline(template)
        let days = try #require(try body(outline).sections.first)
        #expect(days.name == "days")
        #expect(days.sections.map(\.name) == ["participants", "event.topics"])
        #expect(days.sections[0].sections.map(\.name) == ["isOnline"])
        func field(_ path: String...) -> DataField? {
            var fields = outline.data
            var found: DataField?
            for name in path {
                found = fields.first { $0.name == name }
                fields = found?.fields ?? []
            }
            return found
        }
        #expect(outline.data.map(\.name) == ["days", "event", "participant", "project"])
        #expect(field("days")?.kind == .list)
        #expect(field("days", "dateText")?.kind == .value)
        #expect(field("days", "participants")?.kind == .list)
        #expect(field("days", "participants", "name")?.kind == .value)
        #expect(field("days", "participants", "isOnline")?.kind == .flag)
        #expect(field("event")?.kind == .object)
        #expect(field("event", "topics")?.kind == .list)
        #expect(field("event", "topics")?.fields == [])
        #expect(field("event", "isOnline")?.kind == .flag)
        #expect(field("event", "platform")?.kind == .value)
        // The header's and the title's tags are needed too.
        #expect(field("project", "title")?.kind == .value)
        #expect(field("participant", "lastName")?.kind == .value)
    }

    @Test func anOpenDocumentTemplateIsOutlinedTheSameWay() throws {
        let text =
            "<text:p>Lista</text:p><text:p>{{#people}}</text:p><text:p>{{name | upper}}</text:p><text:p>{{/people}}</text:p>"
        let outline = try Template.outline(bytes: try TestPackages.odt(text), name: "test.odt")
        let part = try #require(outline.parts.first { $0.part == "content.xml" })
        #expect(part.sections.first?.repeats == SectionRepeats(kind: .paragraphs, first: 3, last: 3))
        #expect(part.tags.first { $0.name == "name" }?.filters == ["upper"])
        #expect(outline.warnings.isEmpty)
    }

    @Test func aTagInAnOpenDocumentTextBoxIsWarnedOf() throws {
        let text =
            "<text:p>Ramka:<draw:frame draw:name=\"r\"><draw:text-box><text:p>{{boxed}}</text:p></draw:text-box></draw:frame></text:p><text:p>{{plain}}</text:p>"
        let outline = try Template.outline(bytes: try TestPackages.odt(text), name: "test.odt")
        #expect(outline.warnings.map(\.kind) == [.insideTextBox])
        #expect(outline.warnings.first?.text == "{{boxed}}")
        #expect(outline.warnings.first?.location.place == "akapit 2")
    }

    @Test func theProblemsAreThoseFillingReports() throws {
        let template = try TestPackages.docx(
            paragraph("{{#users}}") + paragraph("{{name | shout}}") + paragraph("{{/people}}"))
        let outline = try outline(template)
        var thrown: [TemplateProblem] = []
        do { _ = try TestPackages.template(template) } catch let error as TemplateError { thrown = error.problems }
        #expect(!thrown.isEmpty)
        #expect(outline.problems == thrown)
        #expect(!outline.rendersWithoutErrors)
    }

    // MARK: warnings

    @Test func aTagSplitAtASpellingMarkIntoDifferentFormattingIsWarnedOf() throws {
        let split =
            #"<w:p><w:r><w:t>{{</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:b/></w:rPr><w:t>nazwisko</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:t>}}</w:t></w:r></w:p>"#
        let same =
            #"<w:p><w:r><w:t>{{</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>imie</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:t>}}</w:t></w:r></w:p>"#
        let outline = try outline(try TestPackages.docx(split + same))
        let warnings = outline.warnings.filter { $0.kind == .splitBySpellingMark }
        #expect(warnings.map(\.text) == ["{{nazwisko}}"])
        #expect(warnings.first?.location.place == "akapit 1")
        #expect(try body(outline).tags.map(\.name) == ["nazwisko", "imie"])
    }

    @Test func tagsInFieldsAndTextBoxesAndStrayDelimitersAreWarnedOf() throws {
        let simpleField = #"<w:p><w:fldSimple w:instr=" DATE "><w:r><w:t>{{date}}</w:t></w:r></w:fldSimple></w:p>"#
        let complexField =
            #"<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD {{name}} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{{shown}}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"#
        let textBox =
            #"<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r><w:t>{{boxed}}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"#
        let outline = try outline(
            try TestPackages.docx(
                simpleField + complexField + textBox + paragraph("Kwota: amount}} zł") + paragraph("{{plain}}")))
        let kinds = outline.warnings.map { "\($0.kind.rawValue) \($0.text) \($0.location.place)" }
        #expect(
            kinds.sorted() == [
                "inFieldCode MERGEFIELD {{name}} akapit 2", "insideField {{date}} akapit 1",
                "insideField {{shown}} akapit 2", "insideTextBox {{boxed}} akapit 4",
                "strayClosingDelimiter }} akapit 5"
            ], "\(kinds)")
        #expect(outline.rendersWithoutErrors)
    }

    @Test func aSectionClosedInTheHeaderIsWarnedOf() throws {
        let template = try TestPackages.docx(paragraph("{{#users}}") + paragraph("{{name}}"), header: "{{/users}}")
        let outline = try outline(template)
        #expect(!outline.rendersWithoutErrors)
        let warning = try #require(outline.warnings.first { $0.kind == .closedInAnotherPart })
        #expect(warning.text == "users")
        #expect(warning.location.part == "word/header1.xml")
        #expect(warning.description.hasPrefix("nagłówek (word/header1.xml), akapit 1"))
    }

    // MARK: data

    @Test func dataIsComparedWithWhatTheTemplateLooksUp() throws {
        let template = try TestPackages.docx(
            paragraph("{{course.title}}") + paragraph("{{#participants}}")
                + paragraph("{{firstName}} {{lastName}} {{organiser}}")
                + paragraph("{{/participants}}") + paragraph("{{#extra}}dodatek{{/extra}}"),
            header: "{{project.title}}", title: "Lista")
        let data: TemplateValue = [
            "course": ["title": "Warsztat", "hours": 6],
            "organiser": "Gmina",
            "participants": [["firstName": "Anna", "age": 30], ["firstName": "Jan", "lastName": "Nowak", "age": 40]],
            "budget": ["total": 1]
        ]
        let comparison = try outline(template).compare(with: data)
        // `extra` only hides its section when it is missing; `organiser` is found outside the items.
        #expect(comparison.missing == ["participants.lastName", "project"])
        #expect(comparison.unused == ["budget", "course.hours", "participants.age"])
    }
}
