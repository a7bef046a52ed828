import Foundation
import Testing

@testable import ZitPackage

@Suite struct DeflateTests {
    /// Text like a long table: repetitive, with a number that changes on every row.
    static func rows(_ count: Int) -> [UInt8] {
        Array(
            (1...count).map { "<w:tr><w:tc><w:p><w:r><w:t>\($0). Łucja Żak-\($0 % 97)</w:t></w:r></w:p></w:tc></w:tr>" }
                .joined().utf8)
    }

    @Test func aSmallPartInflatesToItself() {
        let text = Self.rows(40)
        let part = Deflate.compress(text)
        #expect(part.uncompressedSize == text.count)
        #expect(part.bytes.count < text.count / 4)
        #expect(Deflate.decompress(part) == text)
    }

    @Test func aPartOfManyChunksCompressedInParallelIsOneValidStream() {
        let text = Self.rows(60_000)
        #expect(text.count > 3 * Deflate.chunkSize)
        let part = Deflate.compress(text)
        #expect(Deflate.decompress(part) == text)
        #expect(part.crc32 == Deflate.checksum(text[...]))
    }

    @Test func pieceByPieceGivesTheSameTextAsAtOnce() {
        let text = Self.rows(30_000)
        let stream = DeflateStream()
        var start = 0
        for size in [10, 700_000, 1, 2_000_000, 0, 5] where start < text.count {
            stream.append(Array(text[start..<min(start + size, text.count)]))
            start = min(start + size, text.count)
        }
        stream.append(Array(text[start...]))
        let part = stream.finish()
        #expect(part.uncompressedSize == text.count)
        #expect(Deflate.decompress(part) == text)
        #expect(part.crc32 == Deflate.checksum(text[...]))
    }

    @Test func anEmptyStreamIsAnEmptyPart() {
        let part = DeflateStream().finish()
        #expect(part.uncompressedSize == 0 && Deflate.decompress(part).isEmpty)
    }

    @Test func aPrecompressedEntryIsWrittenAsItIsAndReadsBack() throws {
        let text = Self.rows(20_000)
        let part = Deflate.compress(text)
        let bytes = try PackageWriter(source: Fixtures.template()).bytes(of: [
            .copied("mimetype"), .precompressed("content.xml", part), .copied("styles.xml")
        ])
        let package = try Package(bytes: bytes, name: "long.odt")
        #expect(try package.read("content.xml") == text)
        #expect(package.compressionMethod(of: "content.xml") == .deflated)
        // The compressed bytes are in the file unchanged: not compressed a second time.
        #expect(bytes.count < part.bytes.count + 2_000)
    }
}
