import Foundation
import Testing

@testable import ZitPackage

/// A part written as a template would fill it: fixed stretches with values between them,
/// compressed from the marks of where each stretch went.
@Suite struct BoilerplateDeflateTests {
    /// Stretches of the lengths where the coder has to split or fall back: shorter than a
    /// match, just over one match (259, 260), a long one, and one longer than the window.
    static let stretches: [ArraySlice<UInt8>] = [
        Array("<w:tr><w:tc><w:p><w:r><w:t>".utf8)[...],
        Array(" ".utf8)[...],
        Array(repeating: UInt8(ascii: "a"), count: 259)[...],
        Array(String(repeating: "</w:t></w:r><w:r><w:t>", count: 12).utf8).prefix(260),
        Array(String(repeating: "<w:tcBorders><w:top w:val=\"single\"/></w:tcBorders>", count: 40).utf8)[...],
        Array((0..<40_000).map { UInt8(truncatingIfNeeded: $0 &* 7919 >> 3) })[...]
    ]

    /// Fills `rows` rows into pieces of about `pieceSize` bytes; returns the text and the stream's part.
    /// `value` is the text that changes on every row.
    static func fill(
        rows: Int, pieceSize: Int, order: [Int], markEvery: Bool = true, whileFilling: Bool = false,
        value: (Int) -> String = { "\($0). Żółć-\($0 % 13)" }
    ) -> (text: [UInt8], part: DeflatedPart) {
        let stream = DeflateStream(boilerplate: Boilerplate(stretches), whileFilling: whileFilling)
        let title = Array("Zasady horyzontalne w MOF".utf8)
        var text: [UInt8] = []
        var piece: [UInt8] = []
        var marks: [PieceMark] = []
        var lastTitle: Int?
        for row in 0..<rows {
            for stretch in order {
                // A value that changes on every row, and one that is the same on every row.
                piece += Array(value(row).utf8)
                let position = text.count + piece.count
                if let lastTitle, markEvery || row % 3 == 0 {
                    marks.append(.repeated(offset: piece.count, length: title.count, distance: position - lastTitle))
                }
                lastTitle = position
                piece += title
                if markEvery || row % 2 == 0 { marks.append(.boilerplate(offset: piece.count, stretch: stretch)) }
                piece += stretches[stretch]
            }
            if piece.count >= pieceSize {
                text += piece
                stream.append(piece, marks: marks)
                piece = []
                marks = []
            }
        }
        text += piece
        stream.append(piece, marks: marks)
        return (text, stream.finish())
    }

    @Test func aLongListInflatesToItsTextWithTheRightChecksum() {
        let (text, part) = Self.fill(rows: 20_000, pieceSize: 1 << 20, order: [0, 1, 2, 3, 4])
        #expect(text.count > 4 << 20)
        #expect(Deflate.decompress(part) == text)
        #expect(part.crc32 == CRC32.checksum(text))
        #expect(part.uncompressedSize == text.count)
        // The repeated stretches became references: far smaller than the text.
        #expect(part.bytes.count < text.count / 15)
    }

    /// Pieces coded while the part is filled share the codes made for an earlier piece; a later
    /// piece holding bytes the earlier ones never had must still be coded and inflate.
    @Test func piecesSharingCodesStillCodeTextsTheEarlierPiecesNeverHad() {
        let letters = Array("ĄĆĘŁŃÓŚŹŻąćęłńóśźż€→✓ЖЯ".unicodeScalars)
        let (text, part) = Self.fill(rows: 8_000, pieceSize: 64 << 10, order: [0, 1, 2, 3, 4], whileFilling: true) {
            row in
            // Every 300 rows (about 12 pieces) a letter not written before, so that most first
            // appear in a piece coded with codes made before them.
            "\(row) " + String(letters[row / 300 % letters.count])
        }
        #expect(Deflate.decompress(part) == text)
        #expect(part.crc32 == CRC32.checksum(text))
        #expect(part.bytes.count < text.count / 15)
    }

    @Test func piecesOfAnySizeConcatenateIntoOneStream() {
        let (text, part) = Self.fill(rows: 3_000, pieceSize: 10_000, order: [4, 0, 3, 1, 2])
        #expect(Deflate.decompress(part) == text)
        #expect(part.crc32 == CRC32.checksum(text))
    }

    /// Copies further apart than deflate's 32 KB window cannot be referred to; such pieces,
    /// and pieces with only some stretches marked, go through zlib in the same stream.
    @Test func stretchesOutOfReachAndUnmarkedOnesStillInflate() {
        let (text, part) = Self.fill(rows: 300, pieceSize: 200_000, order: [0, 5, 1, 3])
        #expect(Deflate.decompress(part) == text)
        #expect(part.crc32 == CRC32.checksum(text))
        let (mixed, mixedPart) = Self.fill(rows: 5_000, pieceSize: 300_000, order: [0, 2, 4], markEvery: false)
        #expect(Deflate.decompress(mixedPart) == mixed)
        #expect(mixedPart.crc32 == CRC32.checksum(mixed))
    }

    @Test func everyMatchLengthAndDistanceIsCodedRight() {
        // Copies of every length from 3 to 600 (every length code, and the split past 258), each
        // from a distance that walks through every distance code up to the window's 32768.
        var text = (0..<40_000).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }
        var references: [ReferenceCoder.Reference] = []
        for length in 3...600 {
            let distance = max(length, (length * length * 97) % Deflate.windowSize + 1)
            text += Array(repeating: UInt8(truncatingIfNeeded: length), count: length % 5)
            references.append(.init(offset: text.count, length: length, distance: distance))
            text += text[(text.count - distance)..<(text.count - distance + length)]
        }
        let bytes = ReferenceCoder.encode(text[...], references: references, isLast: true)
        let part = DeflatedPart(bytes: bytes, crc32: 0, uncompressedSize: text.count)
        #expect(Deflate.decompress(part) == text)
        #expect(Set(references.map(\.distance)).count > 500)
    }
}
