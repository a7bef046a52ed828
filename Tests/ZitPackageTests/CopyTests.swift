import Testing

@testable import ZitPackage

/// Unchanged parts must be copied as raw compressed bytes, never decompressed and recompressed.
@Suite struct CopyTests {
    /// The source's deflate stream is made of uncompressed deflate blocks, which zlib never
    /// produces for repetitive text: a recompressed copy would be far smaller and different.
    @Test func copiedDeflatedEntryKeepsItsExactCompressedBytes() throws {
        let source = craftZip([
            .deflatedAsStoredBlocks("content.xml", Fixtures.content),
            .stored("Pictures/logo.png", Fixtures.picture)
        ])
        let template = try Package(bytes: source, name: "crafted.docx")
        let output = try PackageWriter(source: template).bytes(of: [
            .copied("content.xml"), .copied("Pictures/logo.png")
        ])

        let before = ZipInspector(source), after = ZipInspector(output)
        for name in ["content.xml", "Pictures/logo.png"] {
            #expect(after.rawData(name) == before.rawData(name), "raw bytes of \(name)")
            #expect(after.record(name).method == before.record(name).method)
            #expect(after.record(name).crc == before.record(name).crc)
            #expect(after.record(name).compressedSize == before.record(name).compressedSize)
        }
        #expect(after.record("Pictures/logo.png").method == 0, "a stored part stays stored")
        #expect(try Package(bytes: output, name: "out").read("content.xml") == Fixtures.content)
    }

    @Test func copiedEntriesLoseTheSourcesExtraFields() throws {
        // An Info-ZIP "UT" timestamp field, as the zip command adds: it would carry the
        // template's file time into every output.
        var entry = CraftedEntry.stored("styles.xml", Fixtures.styles)
        entry.extra = le16(0x5455) + le16(5) + [1] + le32(1_700_000_000)
        let template = try Package(bytes: craftZip([entry]), name: "with-extra.docx")

        let output = try PackageWriter(source: template).bytes(of: [.copied("styles.xml")])
        let record = ZipInspector(output).record("styles.xml")
        #expect(record.localExtraLength == 0 && record.centralExtraLength == 0)
        #expect(try Package(bytes: output, name: "out").read("styles.xml") == Fixtures.styles)
    }

    @Test func copyingANameTheSourceLacksIsMissingEntry() throws {
        let template = try Fixtures.template()
        let error = packageError { try PackageWriter(source: template).bytes(of: [.copied("word/document.xml")]) }
        #expect(error == .missingEntry(source: "template.odt", entry: "word/document.xml"))
    }

    @Test func readingANameThePackageLacksIsMissingEntry() throws {
        let template = try Fixtures.template()
        #expect(
            packageError { try template.read("word/document.xml") }
                == .missingEntry(source: "template.odt", entry: "word/document.xml"))
    }
}
