import Testing

@testable import ZitPackage

/// Short parts coded from their template's parse: whatever sections a document shows and
/// however long its values, the part inflates to its text, and it is about as small as zlib's.
@Suite struct PreparsedDeflateTests {
    /// A certificate's markup: stretches that repeat each other's text, one of them a list item.
    static let stretches: [ArraySlice<UInt8>] = [
        "<office:document-content><office:body><text:p text:style-name=\"Tytuł\">Zaświadczenie</text:p><text:p text:style-name=\"Imię\">",
        "</text:p><text:p text:style-name=\"Treść\">ukończył(a) warsztaty „",
        "” w dniu ",
        "</text:p><text:list text:style-name=\"Lista\"><text:list-item><text:p text:style-name=\"Treść\">",
        "</text:p></text:list-item>",
        "</text:list><text:p text:style-name=\"Podpis\">",
        "</text:p><text:p text:style-name=\"Treść\">Kalisz, </text:p></office:body></office:document-content>"
    ].map { Array($0.utf8)[...] }

    /// The text a renderer would write for these stretches in this order, with a value before
    /// each, and the marks of where each stretch went.
    static func fill(_ order: [Int], value: (Int) -> String) -> (text: [UInt8], marks: [PieceMark]) {
        var text: [UInt8] = []
        var marks: [PieceMark] = []
        for (index, stretch) in order.enumerated() {
            text += Array(value(index).utf8)
            marks.append(.boilerplate(offset: text.count, stretch: stretch))
            text += stretches[stretch]
        }
        return (text, marks)
    }

    func roundTrip(_ order: [Int], value: (Int) -> String = { "Łucja Żółć \($0)" }) -> DeflatedPart {
        let (text, marks) = Self.fill(order, value: value)
        let part = PreparsedDeflate(Self.stretches).deflate(text, marks: marks)
        #expect(Deflate.decompress(part) == text)
        #expect(part.crc32 == CRC32.checksum(text))
        #expect(part.uncompressedSize == text.count)
        return part
    }

    @Test func aCertificateWithEachStretchOnceInflatesToItsText() {
        _ = roundTrip([0, 1, 2, 3, 4, 5, 6])
    }

    @Test func sectionsLeftOutDropTheMatchesIntoThem() {
        // No list at all, and the signature left out too: matches into stretches 3–5 cannot be used.
        _ = roundTrip([0, 1, 2, 6])
        _ = roundTrip([0, 3, 4, 4, 6])
    }

    @Test func listItemsRepeatedReferToTheirPreviousCopy() {
        let items = Array(repeating: [3, 4], count: 40).flatMap { $0 }
        let part = roundTrip([0, 1, 2] + items + [5, 6])
        // Forty items cost their values and a reference each, not forty copies of the markup.
        let markup = 40 * (Self.stretches[3].count + Self.stretches[4].count)
        #expect(part.bytes.count < markup / 2)
    }

    @Test func valuesLongerThanTheWindowPutMatchesOutOfReach() {
        _ = roundTrip([0, 1, 2, 3, 4, 5, 6]) { String(repeating: "Zamek Książ \($0) ", count: $0 == 4 ? 3000 : 1) }
    }

    @Test func aCertificateIsAboutAsSmallAsZlibMakesIt() {
        // As a real certificate: kilobytes of styles before the text, a few values, each once.
        let styles = (1...60).map { number in
            "<style:style style:name=\"P\(number)\" style:family=\"paragraph\"><style:paragraph-properties fo:margin-top=\"0.\(number % 7)cm\" fo:text-align=\"\(number % 3 == 0 ? "center" : "justify")\"/><style:text-properties fo:font-size=\"\(10 + number % 5)pt\" style:font-name=\"Liberation Serif\"/></style:style>"
        }.joined()
        let stretches =
            [Array(("<office:automatic-styles>" + styles + "</office:automatic-styles>").utf8)[...]] + Self.stretches
        var text = Array(stretches[0])
        var marks: [PieceMark] = [.boilerplate(offset: 0, stretch: 0)]
        for (index, value) in [
            "", "Łucja Żółć", "Zarządzanie rozwojem MOF", "5 marca 2026 r.", "", "Forum ZIT", "", "Kalisz"
        ].enumerated() {
            text += Array(value.utf8)
            marks.append(.boilerplate(offset: text.count, stretch: min(index + 1, 7)))
            text += stretches[min(index + 1, 7)]
        }
        let preparsed = PreparsedDeflate(stretches).deflate(text, marks: marks)
        #expect(Deflate.decompress(preparsed) == text)
        let zlib = Deflate.compress(text)
        #expect(Double(preparsed.bytes.count) <= Double(zlib.bytes.count) * 1.1)
    }
}
