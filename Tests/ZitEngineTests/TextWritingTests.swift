import Testing

@testable import ZitEngine

/// A value's text as markup, whatever byte of an eight-byte word a character to escape falls on.
@Suite struct TextWritingTests {
    let word = ValueWriter(lineBreak: Array("<w:br/>".utf8), tab: Array("<w:tab/>".utf8), spaceElement: nil)
    let openDocument = ValueWriter(
        lineBreak: Array("<text:line-break/>".utf8), tab: Array("<text:tab/>".utf8), spaceElement: "text:s")

    func written(_ text: String, with writer: ValueWriter) -> (text: String, clean: Bool) {
        var output: [UInt8] = []
        let clean = TextWriting.append(text, spacesMatter: writer.spaceElement != nil, with: writer, to: &output)
        return (String(decoding: output, as: UTF8.self), clean)
    }

    @Test(arguments: ["Żółć Kalisz Ostrów 2026", "Związek ZIT Aglomeracji Kalisko-Ostrowskiej"])
    func everyCharacterToEscapeIsFoundWhereverItStands(plain: String) {
        let escapes: [(Character, String)] = [
            ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\n", "<w:br/>"), ("\t", "<w:tab/>")
        ]
        for position in 0...plain.count {
            for (character, markup) in escapes {
                var text = plain
                text.insert(character, at: text.index(text.startIndex, offsetBy: position))
                let expected = String(plain.prefix(position)) + markup + String(plain.dropFirst(position))
                #expect(written(text, with: word).text == expected, "\(character) at \(position)")
            }
        }
    }

    @Test func textWithNothingToEscapeIsCopiedAsItIs() {
        for length in 0...40 {
            let text = String(String(repeating: "Łucja Żak-", count: 5).prefix(length))
            #expect(written(text, with: word).text == text)
            #expect(written(text, with: word).clean)
        }
    }

    @Test func charactersXMLCannotHoldAreLeftOutAndSaid() {
        for position in 0...12 {
            var text = "Urząd Miasta"
            text.insert("\u{1}", at: text.index(text.startIndex, offsetBy: position))
            #expect(written(text, with: word) == ("Urząd Miasta", false))
            var nonCharacter = "Urząd Miasta"
            nonCharacter.insert("\u{FFFE}", at: nonCharacter.index(nonCharacter.startIndex, offsetBy: position))
            #expect(written(nonCharacter, with: word) == ("Urząd Miasta", false))
        }
    }

    @Test func openDocumentKeepsSpacesThatWouldCollapse() {
        #expect(written("Jan Kowalski", with: openDocument).text == "Jan Kowalski")
        #expect(written(" Jan", with: openDocument).text == "<text:s/>Jan")
        #expect(written("Jan ", with: openDocument).text == "Jan<text:s/>")
        #expect(written("Jan   Kowalski", with: openDocument).text == "Jan <text:s text:c=\"2\"/>Kowalski")
        #expect(written("Jan   Kowalski", with: word).text == "Jan   Kowalski")
    }

    /// Two spaces together are kept in ODF at every place of a value, the last pair included.
    @Test func openDocumentFindsTwoSpacesAnywhere() {
        let words = Array("Stowarzyszenie Aglomeracja Kalisko-Ostrowska".split(separator: " "))
        let plain = words.joined(separator: " ")
        for length in 3...plain.count {
            let text = String(plain.prefix(length))
            guard text.last != " ", let space = text.dropLast().lastIndex(of: " "), space > text.startIndex else {
                continue
            }
            var doubled = text
            doubled.insert(" ", at: space)
            let offset = text.distance(from: text.startIndex, to: space)
            let expected = String(text.prefix(offset)) + " <text:s/>" + String(text.dropFirst(offset + 1))
            #expect(written(doubled, with: openDocument).text == expected, "\(doubled)")
            #expect(written(text, with: openDocument).text == text)
        }
    }
}
