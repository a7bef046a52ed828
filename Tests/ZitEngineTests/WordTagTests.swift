import Testing

@testable import ZitEngine

/// Values in Word documents: split runs, escaping, breaks, spaces, headers and properties.
@Suite struct WordTagTests {
    let data: TemplateValue = [
        "participant": [
            "firstName": "Łucja", "lastName": "Żółkiewska-O'Neill", "institution": "Związek ZIT <Kalisz & Ostrów>"
        ],
        "project": ["title": "Sieciowanie Związków ZIT w Polsce"],
        "note": "pierwsza linia\ndruga\tpo tabulatorze",
        "padded": "  dwie spacje  "
    ]

    @Test func tagSplitAcrossRunsTakesTheFormattingOfItsFirstRun() throws {
        let body = """
            <w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Pani {{partic</w:t></w:r><w:proofErr w:type="spellStart"/>\
            <w:r w:rsidR="00AB"><w:t>ipant.first</w:t></w:r><w:proofErr w:type="spellEnd"/>\
            <w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Name}} wzięła</w:t></w:r></w:p>
            """
        let rendering = try Rendering(try TestPackages.docx(body), data: data)
        #expect(try rendering.paragraphs() == ["Pani Łucja wzięła"])
        let xml = try rendering.xml()
        #expect(xml.contains(#"<w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Pani Łucja</w:t>"#))
        #expect(xml.contains(#"<w:rPr><w:i/></w:rPr><w:t xml:space="preserve"> wzięła</w:t>"#))
    }

    @Test func textLeftAfterASplitTagKeepsItsSpace() throws {
        let body =
            #"<w:p><w:r><w:t>Dnia {{day | date:"</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>d MMMM yyyy</w:t></w:r><w:r><w:t>"}} r.</w:t></w:r></w:p>"#
        let rendering = try Rendering(try TestPackages.docx(body), data: ["day": "2026-03-05"])
        #expect(try rendering.xml().contains(#"<w:t xml:space="preserve"> r.</w:t>"#))
    }

    @Test func valuesAreEscapedAndKeepBreaksTabsAndSpaces() throws {
        let body = """
            <w:p><w:r><w:t>{{participant.institution}}</w:t></w:r></w:p>\
            <w:p><w:r><w:t>{{note}}</w:t></w:r></w:p>\
            <w:p><w:r><w:t>[{{padded}}]</w:t></w:r></w:p>
            """
        let rendering = try Rendering(try TestPackages.docx(body), data: data)
        #expect(
            try rendering.paragraphs() == [
                "Związek ZIT <Kalisz & Ostrów>", "pierwsza linia\ndruga\tpo tabulatorze", "[  dwie spacje  ]"
            ])
        let xml = try rendering.xml()
        #expect(xml.contains("Związek ZIT &lt;Kalisz &amp; Ostrów&gt;"))
        #expect(xml.contains(#"pierwsza linia</w:t><w:br/><w:t xml:space="preserve">druga</w:t><w:tab/>"#))
    }

    @Test func headersAndDocumentTitleAreFilled() throws {
        let rendering = try Rendering(try TestPackages.docx("<w:p/>"), data: data)
        #expect(try rendering.paragraphs("word/header1.xml") == ["Sieciowanie Związków ZIT w Polsce"])
        #expect(
            try rendering.xml("docProps/core.xml").contains("<dc:title>Zaświadczenie — Żółkiewska-O'Neill</dc:title>"))
    }

    @Test func missingValuesAreEmptyUnlessStrict() throws {
        let template = try TestPackages.docx("<w:p><w:r><w:t>[{{nobody.home}}]</w:t></w:r></w:p>")
        #expect(try Rendering(template, data: data).paragraphs() == ["[]"])
        let found = problems { _ = try Rendering(template, data: data, options: TemplateOptions(strict: true)) }
        #expect(
            found.map(\.description) == [
                "treść dokumentu (word/document.xml), akapit 1: „[{{nobody.home}}]”: w danych nie ma wartości „nobody.home”."
            ])
    }

    @Test func controlCharactersAreLeftOutWithAWarning() throws {
        let template = try TestPackages.docx("<w:p><w:r><w:t>{{name}}</w:t></w:r></w:p>")
        let rendering = try Rendering(template, data: ["name": "Jan\u{0007}\u{0000} Kowalski\u{FFFE}"])
        #expect(try rendering.paragraphs() == ["Jan Kowalski"])
        #expect(rendering.document.warnings.map(\.kind) == [.controlCharacters(path: "name")])
        var withTitles = data
        if case .object(var fields) = withTitles { fields["name"] = "Jan\u{0007}"; withTitles = .object(fields) }
        let strict = problems { _ = try Rendering(template, data: withTitles, options: TemplateOptions(strict: true)) }
        #expect(strict.map(\.kind) == [.controlCharacters(path: "name")])
    }

    @Test func docxtemplaterDelimitersRenderTheSame() throws {
        let body = """
            <w:p><w:r><w:t>{participant.firstName} {#items}{.};{/items}{^none}brak{/none}</w:t></w:r></w:p>
            """
        let rendering = try Rendering(
            try TestPackages.docx(body, header: "{project.title}", title: "{participant.firstName}"),
            data: ["participant": ["firstName": "Jan"], "items": ["a", "b"]],
            options: TemplateOptions(delimiters: .docxtemplater))
        #expect(try rendering.paragraphs() == ["Jan a;b;brak"])
        #expect(try rendering.xml("docProps/core.xml").contains("<dc:title>Jan</dc:title>"))
    }
}
