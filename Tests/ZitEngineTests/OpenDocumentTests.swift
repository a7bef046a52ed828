import Testing

@testable import ZitEngine

/// The same language on OpenDocument text.
@Suite struct OpenDocumentTests {
    let data: TemplateValue = [
        "participant": ["firstName": "Józef", "lastName": "Ćwik"],
        "project": ["title": "Sieciowanie Związków ZIT w Polsce"],
        "topics": ["równość szans", "dostępność", "DNSH"],
        "note": "linia 1\nlinia 2",
        "padded": "  a   b "
    ]

    @Test func splitSpansValuesBreaksAndSpaces() throws {
        let text = """
            <text:p>Pan {{partic<text:span text:style-name="T1">ipant.first</text:span>Name}} {{participant.lastName}}</text:p>\
            <text:p>{{note}}</text:p><text:p>[{{padded}}]</text:p>
            """
        let rendering = try Rendering(try TestPackages.odt(text), name: "t.odt", data: data)
        #expect(try rendering.paragraphs() == ["Pan Józef Ćwik", "linia 1\nlinia 2", "[  a   b ]"])
        let xml = try rendering.xml()
        #expect(xml.contains("<text:line-break/>"))
        #expect(xml.contains(#"[<text:s text:c="2"/>a <text:s text:c="2"/>b<text:s/>]"#))
    }

    @Test func listItemLoopAndTableRows() throws {
        let text = """
            <text:list><text:list-item><text:p>{{#topics}}</text:p></text:list-item>\
            <text:list-item><text:p>{{.}}</text:p></text:list-item>\
            <text:list-item><text:p>{{/topics}}</text:p></text:list-item></text:list>\
            <table:table table:name="T"><table:table-column/>\
            <table:table-header-rows><table:table-row><table:table-cell><text:p>Temat</text:p></table:table-cell></table:table-row></table:table-header-rows>\
            <table:table-row><table:table-cell><text:p>{{#topics}}{{@number}}. {{.}}{{/topics}}</text:p></table:table-cell></table:table-row>\
            <table:table-row><table:table-cell><text:p>{{#topics}}{{.}}</text:p></table:table-cell><table:table-cell><text:p>{{/topics}}</text:p></table:table-cell></table:table-row>\
            </table:table>
            """
        let rendering = try Rendering(try TestPackages.odt(text), name: "t.odt", data: data)
        #expect(
            try rendering.paragraphs() == [
                "równość szans", "dostępność", "DNSH",
                "Temat", "1. równość szans2. dostępność3. DNSH",
                "równość szans | ", "dostępność | ", "DNSH | "
            ])
    }

    @Test func stylesHeaderAndMetadataTitle() throws {
        let rendering = try Rendering(try TestPackages.odt("<text:p/>"), name: "t.odt", data: data)
        #expect(try rendering.paragraphs("styles.xml") == ["Sieciowanie Związków ZIT w Polsce"])
        #expect(try rendering.xml("meta.xml").contains("<dc:title>Zaświadczenie — Ćwik</dc:title>"))
    }

    @Test func repeatedFramesGetUniqueNamesAndIds() throws {
        let text = """
            <text:p>{{#topics}}</text:p><text:p xml:id="para1"><draw:frame draw:name="Logo"/>{{.}}</text:p><text:p>{{/topics}}</text:p>
            """
        let rendering = try Rendering(try TestPackages.odt(text), name: "t.odt", data: data)
        let xml = try rendering.xml()
        let names = xml.matches(of: /draw:name="([^"]+)"/).map { String($0.1) }
        #expect(Set(names).count == 3)
        let ids = xml.matches(of: /xml:id="([^"]+)"/).map { String($0.1) }
        #expect(Set(ids).count == 3)
    }
}

@Suite struct OpenDocumentRepeatedTableTests {
    @Test func repeatedTablesGetUniqueNames() throws {
        let text = """
            <text:p>{{#items}}</text:p><table:table table:name="Rekomendacje"><table:table-column/>\
            <table:table-row><table:table-cell><text:p>{{.}}</text:p></table:table-cell></table:table-row></table:table>\
            <text:p>{{/items}}</text:p>
            """
        let rendering = try Rendering(try TestPackages.odt(text), name: "t.odt", data: ["items": ["a", "b", "c"]])
        let names = try rendering.xml().matches(of: /table:name="([^"]+)"/).map { String($0.1) }
        #expect(names.count == 3 && Set(names).count == 3)
    }
}
