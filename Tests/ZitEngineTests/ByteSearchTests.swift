import Testing

@testable import ZitEngine

@Suite struct ByteSearchTests {
    let text = Array("{{a}} ż {{b}}{".utf8)

    @Test func findsEachOccurrenceFromWhereTheSearchStarts() {
        let open = Array("{{".utf8)
        #expect(text.firstRange(of: open) == 0..<2)
        #expect(text.firstRange(of: open, from: 1) == 9..<11)
        #expect(text.firstRange(of: open, from: 10) == nil, "a lone { at the end is not a tag")
        #expect(text.firstRange(of: Array("}{".utf8)) == 13..<15)
        #expect(text.firstRange(of: Array("ż".utf8)) == 6..<8)
    }

    @Test func nothingIsFoundOutsideTheBytes() {
        #expect(text.firstRange(of: Array("x".utf8)) == nil)
        #expect(text.firstRange(of: []) == nil)
        #expect(text.firstRange(of: text + [0]) == nil)
        #expect(text.firstRange(of: Array("{".utf8), from: text.count) == nil)
        #expect([UInt8]().firstRange(of: Array("{".utf8)) == nil)
    }
}
