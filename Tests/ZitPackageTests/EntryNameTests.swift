import Testing

@testable import ZitPackage

@Suite struct EntryNameTests {
    static let unsafe = [
        "../evil.xml", "/etc/passwd", "a\\b", "word\\..\\evil.xml", "C:/Windows/evil.xml", "c:evil.xml",
        "word/../../evil.xml", "word/..", "..", "", "a\u{0}b"
    ]
    static let safe = [
        "word/document.xml", "[Content_Types].xml", "Configurations2/", "a..b.xml", "..a", "Pictures/Grüße.png",
        "_rels/.rels", "1:2.xml"
    ]

    @Test(arguments: unsafe) func unsafeNamesAreRefusedWhenWriting(name: String) throws {
        let writer = try PackageWriter(source: Fixtures.emptyPackage())
        #expect(
            packageError { try writer.bytes(of: [.deflated(name, [1])]) }
                == .unsafeEntryName(source: PackageWriter.inMemoryName, entry: name))
        let folder = ScratchFolder()
        #expect(
            packageError { try writer.write([.stored(name, [1])], to: folder.file("out.docx")) }
                == .unsafeEntryName(source: folder.file("out.docx"), entry: name))
        #expect(folder.contents.isEmpty)
    }

    /// Names other tools wrote: crafted byte by byte, since a safe writer cannot produce them.
    @Test(arguments: unsafe.filter { !$0.isEmpty && !$0.contains("\u{0}") })
    func unsafeNamesAreRefusedWhenReading(name: String) throws {
        let bytes = craftZip([.stored("mimetype", Fixtures.odtMimetype), .stored(name, [1])])
        #expect(
            packageError { try Package(bytes: bytes, name: "evil.odt") }
                == .unsafeEntryName(source: "evil.odt", entry: name))
    }

    /// libzip 1.7.3 turns NUL bytes in names into spaces, so "a\0b.xml" would pass as the
    /// harmless "a b.xml" if the raw bytes were not checked.
    @Test func nameWithNULByteIsRefusedWhenReading() throws {
        let bytes = craftZip([.stored("ok.xml", []), .stored("a\u{0}b.xml", [1])])
        #expect(
            packageError { try Package(bytes: bytes, name: "nul.docx") }
                == .unsafeEntryName(source: "nul.docx", entry: "a\u{0}b.xml"))
    }

    /// An Info-ZIP Unicode Path field (0x7075) overrides the name; libzip returns it as a C
    /// string, which would cut "a\0/../../evil" down to "a".
    @Test func nulByteInAUnicodePathFieldIsRefused() throws {
        var entry = CraftedEntry.stored("safe.xml", [1])
        entry.extra = unicodePathField(for: entry.name, Array("a\u{0}/../../evil".utf8))
        #expect(
            packageError { try Package(bytes: craftZip([entry]), name: "nul.docx") }
                == .unsafeEntryName(source: "nul.docx", entry: "a\u{0}/../../evil"))
    }

    /// The ordinary use of that field: a CP437 name with its UTF-8 spelling alongside.
    @Test func unicodePathFieldGivesTheName() throws {
        var entry = CraftedEntry.stored("x", [5])
        entry.name = Array("Gr".utf8) + [0x81, 0xE1] + Array("e.xml".utf8)  // "Grüße.xml" in CP437
        entry.extra = unicodePathField(for: entry.name, Array("Grüße.xml".utf8))
        let package = try Package(bytes: craftZip([entry]), name: "cp437.docx")
        #expect(package.entryNames == ["Grüße.xml"])
        #expect(try package.read("Grüße.xml") == [5])
    }

    /// A second end record hidden in the archive comment points at a central directory with
    /// a NUL name; whichever one a reader picks, the file is refused.
    @Test func nulNameInAnAlternativeCentralDirectoryIsRefused() throws {
        var bytes = craftZip([.stored("a.xml", [1])])
        let inspector = ZipInspector(bytes)
        let real = inspector.record("a.xml")
        var fakeCentral = Array(bytes[real.centralOffset..<(real.centralOffset + 46)]) + Array("a\u{0}.xml".utf8)
        fakeCentral.replaceSubrange(28..<30, with: le16(6))
        // The comment starts 22 bytes before the end (the end record is the last 22 bytes).
        let commentStart = bytes.count
        let fakeEnd =
            le32(0x0605_4B50) + le16(0) + le16(0) + le16(1) + le16(1)
            + le32(UInt32(fakeCentral.count)) + le32(UInt32(commentStart)) + le16(0)
        let comment = fakeCentral + fakeEnd
        bytes.replaceSubrange((bytes.count - 2)..<bytes.count, with: le16(UInt16(comment.count)))
        bytes += comment
        let error = packageError { try Package(bytes: bytes, name: "two.docx") }
        #expect(
            error == .unsafeEntryName(source: "two.docx", entry: "a\u{0}.xml")
                || error == .notAZipPackage(source: "two.docx"))
    }

    func unicodePathField(for rawName: [UInt8], _ utf8: [UInt8]) -> [UInt8] {
        le16(0x7075) + le16(UInt16(5 + utf8.count)) + [1] + le32(CRC32.checksum(rawName)) + utf8
    }

    @Test func emptyNameIsRefusedWhenReading() throws {
        let bytes = craftZip([.stored("", [1])])
        #expect(
            packageError { try Package(bytes: bytes, name: "e.docx") } == .unsafeEntryName(source: "e.docx", entry: ""))
    }

    @Test(arguments: safe) func ordinaryNamesAreAccepted(name: String) throws {
        #expect(EntryName.isSafe(name))
        let bytes = try PackageWriter(source: Fixtures.emptyPackage()).bytes(of: [.stored(name, [7])])
        #expect(try Package(bytes: bytes, name: "ok").read(name) == [7])
    }

    @Test func duplicateNamesInAnArchiveAreRefused() throws {
        let bytes = craftZip([.stored("word/document.xml", [1]), .stored("a", []), .stored("word/document.xml", [2])])
        #expect(
            packageError { try Package(bytes: bytes, name: "dup.docx") }
                == .duplicateEntry(source: "dup.docx", entry: "word/document.xml"))
    }

    @Test func duplicateNamesInTheEntryListAreRefused() throws {
        let writer = try PackageWriter(source: Fixtures.template())
        #expect(
            packageError { try writer.bytes(of: [.copied("content.xml"), .deflated("content.xml", [1])]) }
                == .duplicateEntry(source: PackageWriter.inMemoryName, entry: "content.xml"))
        #expect(
            packageError { try writer.bytes(of: [.copied("mimetype"), .stored("mimetype", [1])]) }
                == .duplicateEntry(source: PackageWriter.inMemoryName, entry: "mimetype"))
    }
}
