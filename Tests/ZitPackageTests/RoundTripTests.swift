import Testing

@testable import ZitPackage

@Suite struct RoundTripTests {
    @Test func writtenPackageReadsBackTheSameBytesInOrder() throws {
        let package = try Fixtures.template()
        #expect(package.entryNames == Fixtures.templateEntries.map(\.name))
        for case let .deflated(name, data) in Fixtures.templateEntries {
            #expect(try package.read(name) == data, "entry \(name)")
        }
        for case let .stored(name, data) in Fixtures.templateEntries {
            #expect(try package.read(name) == data, "entry \(name)")
        }
        #expect(package.compressionMethod(of: "content.xml") == .deflated)
        #expect(package.compressionMethod(of: "Pictures/logo.png") == .stored)
        #expect(package.compressionMethod(of: "nothing.xml") == nil)
        #expect(package.contains("styles.xml"))
        #expect(!package.contains("Styles.xml"))
    }

    @Test func writtenFileReadsBackFromDisk() throws {
        let folder = ScratchFolder()
        let template = try Fixtures.template()
        let filled = Array("<text:p>Dear Ada</text:p>".utf8)
        try PackageWriter(source: template).write(
            [
                .copied("mimetype"), .deflated("content.xml", filled), .copied("styles.xml"),
                .copied("Pictures/logo.png")
            ],
            to: folder.file("Certificate.odt"))

        let written = try Package(contentsOf: folder.file("Certificate.odt"))
        #expect(written.name == folder.file("Certificate.odt"))
        #expect(written.entryNames == ["mimetype", "content.xml", "styles.xml", "Pictures/logo.png"])
        #expect(try written.read("content.xml") == filled)
        #expect(try written.read("styles.xml") == Fixtures.styles)
        #expect(try written.read("Pictures/logo.png") == Fixtures.picture)
        #expect(try written.read("mimetype") == Fixtures.odtMimetype)
    }

    @Test func emptyEntryListGivesAnEmptyButValidPackage() throws {
        let bytes = try PackageWriter(source: Fixtures.template()).bytes(of: [])
        let package = try Package(bytes: bytes, name: "empty.docx")
        #expect(package.entryNames.isEmpty)
    }

    @Test func emptyContentAndNonASCIINamesRoundTripWithoutExtraFields() throws {
        let name = "Bilder/Grüße – ☃.png"
        let bytes = try PackageWriter(source: Fixtures.emptyPackage()).bytes(of: [
            .deflated("empty.xml", []), .stored("empty.bin", []), .deflated(name, [1, 2, 3])
        ])
        let package = try Package(bytes: bytes, name: "x.docx")
        #expect(try package.read("empty.xml") == [])
        #expect(try package.read("empty.bin") == [])
        #expect(try package.read(name) == [1, 2, 3])

        let record = ZipInspector(bytes).record(name)
        #expect(record.flags & 0x0800 != 0, "UTF-8 name flag (bit 11) must be set")
        #expect(
            record.centralExtraLength == 0 && record.localExtraLength == 0,
            "libzip must not add a Unicode-path extra field")
    }

    @Test func compressionLevelChangesTheDeflatedOutput() throws {
        var state: UInt32 = 7
        let words = ["name", "date", "course", "grade", "signature", "place", "title", "text"]
        let text = Array(
            (0..<40_000).map { _ -> String in
                state = state &* 1_103_515_245 &+ 12345
                return words[Int(state >> 16) % words.count]
            }.joined(separator: " ").utf8)

        let writer = try PackageWriter(source: Fixtures.emptyPackage())
        writer.compressionLevel = 1
        let fast = try writer.bytes(of: [.deflated("content.xml", text)])
        writer.compressionLevel = 9
        let small = try writer.bytes(of: [.deflated("content.xml", text)])

        let fastSize = ZipInspector(fast).record("content.xml").compressedSize
        let smallSize = ZipInspector(small).record("content.xml").compressedSize
        #expect(smallSize < fastSize)
        #expect(try Package(bytes: fast, name: "a").read("content.xml") == text)
        #expect(try Package(bytes: small, name: "b").read("content.xml") == text)
    }
}
