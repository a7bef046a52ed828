import Testing

@testable import ZitXML

@Suite struct XMLDocumentTests {
    func parse(_ text: String) throws(XMLError) -> XMLDocument {
        try XMLDocument(parsing: Array(text.utf8), part: "word/document.xml")
    }

    @Test func externalEntitiesAndEntityBombsAreRefused() {
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE w [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <w>&secret;</w>
            """
        #expect(throws: XMLError(part: "word/document.xml", line: 2, reason: .documentTypeDeclaration)) {
            try parse(xxe)
        }
        let laughs =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + (1...9).map {
                "<!ENTITY lol\($0) \"" + String(repeating: "&lol\($0 - 1 == 0 ? "" : String($0 - 1));", count: 10)
                    + "\">"
            }.joined()
            + "]><lolz>&lol9;</lolz>"
        #expect(throws: XMLError.self) { try parse(laughs) }
    }

    @Test func damagedXMLNamesThePartAndLine() {
        do {
            _ = try parse("<a>\n<b>\n</a>")
            Issue.record("parsed damaged XML")
        } catch {
            #expect(error.part == "word/document.xml")
            #expect(error.line == 3)
            #expect(error.description.hasPrefix("word/document.xml, linia 3: zawartość XML jest uszkodzona"))
        }
    }

    @Test func serialisationKeepsNamespacesWordNeeds() throws {
        let text =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"><w:body><w:p><w:r><w:t xml:space="preserve"> a </w:t></w:r></w:p></w:body></w:document>"#
        let output = String(decoding: try parse(text).serialized(), as: UTF8.self)
        #expect(output.contains(#"xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml""#))
        #expect(output.contains(#"mc:Ignorable="w14""#))
        #expect(output.contains(#"<w:t xml:space="preserve"> a </w:t>"#))
        #expect(output.hasPrefix(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#))
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
        #expect(throws: XMLError.self) { try parse(deep) }
    }
}
