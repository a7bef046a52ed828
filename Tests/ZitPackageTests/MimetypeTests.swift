import Testing

@testable import ZitPackage

/// ODF requires `mimetype` to be the first entry, stored, with no extra field, so that
/// `file` and other sniffers find its text at byte 38.
@Suite struct MimetypeTests {
    /// Checks the first local file header byte by byte.
    func expectMimetypeFirst(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let name = Array("mimetype".utf8)
        #expect(
            Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04], "local header signature", sourceLocation: sourceLocation)
        #expect(ZipInspector.u16(bytes, 8) == 0, "method 0 (stored)", sourceLocation: sourceLocation)
        #expect(ZipInspector.u16(bytes, 26) == UInt16(name.count), "name length", sourceLocation: sourceLocation)
        #expect(ZipInspector.u16(bytes, 28) == 0, "extra field length", sourceLocation: sourceLocation)
        #expect(Array(bytes[30..<38]) == name, "name", sourceLocation: sourceLocation)
        #expect(
            Array(bytes[38..<(38 + Fixtures.odtMimetype.count)]) == Fixtures.odtMimetype,
            "content right after the header", sourceLocation: sourceLocation)
        #expect(ZipInspector(bytes).record("mimetype").centralExtraLength == 0, sourceLocation: sourceLocation)
    }

    @Test func deflatedMimetypeGivenLastIsWrittenFirstAndStored() throws {
        let bytes = try PackageWriter(source: Fixtures.emptyPackage()).bytes(of: [
            .deflated("content.xml", Fixtures.content),
            .deflated("mimetype", Fixtures.odtMimetype)
        ])
        expectMimetypeFirst(bytes)
        #expect(try Package(bytes: bytes, name: "a.odt").entryNames == ["mimetype", "content.xml"])
    }

    @Test func copiedStoredMimetypeStaysFirstAndStored() throws {
        let bytes = try PackageWriter(source: Fixtures.template()).bytes(of: [
            .copied("content.xml"), .copied("mimetype")
        ])
        expectMimetypeFirst(bytes)
    }

    /// A template that broke the rule (deflated mimetype) is repaired, not copied as it is.
    @Test func copiedDeflatedMimetypeIsStoredInTheOutput() throws {
        let template = try Package(
            bytes: craftZip([
                .deflatedAsStoredBlocks("content.xml", Fixtures.content),
                .deflatedAsStoredBlocks("mimetype", Fixtures.odtMimetype)
            ]),
            name: "broken.odt")
        #expect(template.compressionMethod(of: "mimetype") == .deflated)
        let bytes = try PackageWriter(source: template).bytes(of: [.copied("content.xml"), .copied("mimetype")])
        expectMimetypeFirst(bytes)
    }

    @Test func withoutMimetypeTheOrderIsKept() throws {
        let bytes = try PackageWriter(source: Fixtures.template()).bytes(of: [
            .copied("styles.xml"), .stored("b.bin", [1]), .copied("content.xml")
        ])
        #expect(ZipInspector(bytes).records.map(\.name) == ["styles.xml", "b.bin", "content.xml"])
    }
}
