import Testing

@testable import ZitPackage

/// Every output a filler may write a part into keeps the text it was given: read back from
/// what it hands over (deflated or not), it is the plain text, byte for byte.
@Suite struct PartOutputTests {
    /// A table's part: a long opening (namespaces, as a real part has), a row, the closing.
    let stretches: [ArraySlice<UInt8>] = [
        Array(
            ("<w:document" + (0..<60).map { " xmlns:n\($0)=\"http://schemas.example/wordprocessing/\($0)\"" }.joined()
                + "><w:body><w:tbl>").utf8)[...],
        Array("<w:tr><w:tc><w:p><w:r><w:t>".utf8)[...],
        Array("</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>".utf8)[...],
        Array("</w:t></w:r></w:p></w:tc></w:tr>".utf8)[...],
        Array("</w:tbl></w:body></w:document>".utf8)[...]
    ]

    func fill<Output: PartOutput>(_ output: inout Output, rows: Int) {
        func stretch(_ number: Int) {
            stretches[number].withUnsafeBufferPointer { output.appendStretch(number, $0) }
        }
        stretch(0)
        for row in 0..<rows {
            stretch(1)
            output.appendValue { $0 += Array("\(row + 1). Łucja Nowak-Jeleń".utf8) }
            stretch(2)
            output.appendValue { $0 += Array("Związek ZIT Miejskiego Obszaru Funkcjonalnego nr \(row % 5)".utf8) }
            stretch(3)
            output.endOfRepetition()
        }
        var identifier = "_Toc\(rows)"
        identifier.withUTF8 { output.appendPlain($0) }
        stretch(4)
    }

    func text(of part: FilledPart) -> [UInt8] {
        switch part {
        case .text(let text): return text
        case .textAndDeflated(let text, let deflated):
            #expect(Deflate.decompress(deflated) == text, "the deflated copy holds the same text")
            return text
        case .deflated(let deflated): return Deflate.decompress(deflated)
        }
    }

    @Test(arguments: [0, 3, 40, 6000])
    func everyOutputKeepsTheText(rows: Int) {
        let fixed = FixedText(stretches: stretches, manyDocuments: true)
        var plain = fixed.plainOutput()
        fill(&plain, rows: rows)
        #expect(plain.text.count > 3000)
        // The first document goes through zlib, the next ones are coded from the stretches' parse.
        for _ in 0..<3 {
            var coded = fixed.codedOutput()
            fill(&coded, rows: rows)
            #expect(text(of: coded.finish()) == plain.text)
        }
        var zlib = fixed.zlibOutput()
        fill(&zlib, rows: rows)
        #expect(text(of: zlib.finish()) == plain.text)
    }

    @Test func aShortTextIsCodedFromTheParseFromTheSecondDocumentOn() {
        let fixed = FixedText(stretches: stretches, manyDocuments: true)
        var first = fixed.codedOutput()
        fill(&first, rows: 3)
        guard case .text = first.finish() else {
            Issue.record("the first document's text is left to zlib")
            return
        }
        var second = fixed.codedOutput()
        fill(&second, rows: 3)
        guard case .textAndDeflated = second.finish() else {
            Issue.record("the second document's text is coded from the parse")
            return
        }
        let once = FixedText(stretches: stretches, manyDocuments: false)
        for _ in 0..<2 {
            var merged = once.codedOutput()
            fill(&merged, rows: 3)
            guard case .text = merged.finish() else {
                Issue.record("a text filled once (a merge) is not parsed")
                return
            }
        }
    }

    /// The documents of a batch are filled on all cores: its first goes through zlib and the
    /// others are coded from the parse whichever is filled first, so a batch made again is
    /// the same byte for byte (and a certificate printed again keeps its checksum).
    @Test func aBatchsFirstDocumentGoesThroughZlibWhicheverIsFilledFirst() {
        let fixed = FixedText(stretches: stretches, manyDocuments: true)
        var second = fixed.codedOutput(firstDocument: false)
        fill(&second, rows: 3)
        var first = fixed.codedOutput(firstDocument: true)
        fill(&first, rows: 3)
        guard case .textAndDeflated = second.finish() else {
            Issue.record("the batch's second document, filled before its first, is coded from the parse")
            return
        }
        guard case .text = first.finish() else {
            Issue.record("the batch's first document, filled after its second, is left to zlib")
            return
        }
    }

    @Test func aLongTextIsHandedOverWhileItIsFilled() {
        let fixed = FixedText(stretches: stretches, manyDocuments: true)
        var coded = fixed.codedOutput()
        fill(&coded, rows: 6000)
        guard case .deflated(let part) = coded.finish() else {
            Issue.record("a long text comes back deflated")
            return
        }
        #expect(part.uncompressedSize > 6000 * 100)
    }

    @Test func aSmallPartIsStoredAndALargerOneDeflated() {
        #expect(
            PackageEntry.filled("a.xml", [UInt8](repeating: 65, count: 100))
                == .stored("a.xml", [UInt8](repeating: 65, count: 100)))
        let large = [UInt8](repeating: 65, count: PackageEntry.smallestDeflated)
        #expect(PackageEntry.filled("a.xml", large) == .deflated("a.xml", large))
    }
}
