import Testing

@testable import ZitPackage

@Suite struct CorruptionTests {
    func validBytes() throws -> [UInt8] {
        try PackageWriter(source: Fixtures.emptyPackage()).bytes(of: Fixtures.templateEntries)
    }

    @Test func truncatedPackagesAreNotZipPackages() throws {
        let bytes = try validBytes()
        for length in [bytes.count / 2, bytes.count - 10, 21, 0] {
            #expect(
                packageError { try Package(bytes: Array(bytes.prefix(length)), name: "Certificate.docx") }
                    == .notAZipPackage(source: "Certificate.docx"), "cut to \(length) bytes")
        }
    }

    @Test func textFileNamedDocxIsNotAZipPackage() throws {
        let folder = ScratchFolder()
        folder.write("Letter.docx", Array(String(repeating: "Dear Sir or Madam,\n", count: 20).utf8))
        #expect(
            packageError { try Package(contentsOf: folder.file("Letter.docx")) }
                == .notAZipPackage(source: folder.file("Letter.docx")))
        folder.write("Empty.docx", [])
        #expect(
            packageError { try Package(contentsOf: folder.file("Empty.docx")) }
                == .notAZipPackage(source: folder.file("Empty.docx")))
    }

    @Test func missingFileAndFolderAreUnreadable() throws {
        let folder = ScratchFolder()
        #expect(
            packageError { try Package(contentsOf: folder.file("nothing.docx")) }
                == .unreadable(source: folder.file("nothing.docx"), reason: "plik nie istnieje"))
        #expect(
            packageError { try Package(contentsOf: folder.path) }
                == .unreadable(source: folder.path, reason: "to jest folder, a nie plik"))
    }

    @Test func flippedByteFailsTheChecksum() throws {
        var bytes = try validBytes()
        let record = ZipInspector(bytes).record("Pictures/logo.png")
        bytes[record.dataOffset + 100] ^= 0xFF
        let package = try Package(bytes: bytes, name: "template.odt")
        #expect(
            packageError { try package.read("Pictures/logo.png") }
                == .corruptEntry(
                    source: "template.odt", entry: "Pictures/logo.png",
                    reason: "jej suma kontrolna nie zgadza się z zawartością"))
        #expect(try package.read("content.xml") == Fixtures.content, "other parts stay readable")
    }

    /// Sets the uncompressed size in both headers, as a forger would, leaving the data alone.
    func declaringSize(_ size: Int, for name: String) throws -> Package {
        var bytes = try validBytes()
        let record = ZipInspector(bytes).record(name)
        bytes.patch32(at: record.centralOffset + 24, UInt32(size))
        bytes.patch32(at: record.localOffset + 22, UInt32(size))
        return try Package(bytes: bytes, name: "forged.odt")
    }

    @Test func dataLongerThanDeclaredIsCorruptNotReturned() throws {
        let package = try declaringSize(100, for: "content.xml")
        guard case let .corruptEntry(source, entry, reason)? = packageError({ try package.read("content.xml") }) else {
            Issue.record("expected corruptEntry")
            return
        }
        #expect(source == "forged.odt" && entry == "content.xml")
        #expect(reason == "zawiera więcej danych, niż wskazuje rozmiar zapisany w pliku")
    }

    @Test func dataShorterThanDeclaredIsCorrupt() throws {
        let package = try declaringSize(Fixtures.content.count + 10, for: "content.xml")
        guard case let .corruptEntry(_, entry, reason)? = packageError({ try package.read("content.xml") }) else {
            Issue.record("expected corruptEntry")
            return
        }
        #expect(entry == "content.xml")
        #expect(!reason.isEmpty)
    }

    @Test func invalidDeflateDataIsCorrupt() throws {
        var bytes = try validBytes()
        let record = ZipInspector(bytes).record("content.xml")
        bytes[record.dataOffset] = 0x07  // final block of reserved type 3: invalid deflate
        let package = try Package(bytes: bytes, name: "t.odt")
        #expect(
            packageError { try package.read("content.xml") }
                == .corruptEntry(
                    source: "t.odt", entry: "content.xml", reason: "jej skompresowane dane są nieprawidłowe"))
    }

    /// libzip checks the CRC of stored parts while copying them, so a damaged stored part
    /// of the template stops the write.
    @Test func copyingADamagedStoredPartFails() throws {
        var bytes = try validBytes()
        let record = ZipInspector(bytes).record("Pictures/logo.png")
        bytes[record.dataOffset] ^= 0x01
        let writer = try PackageWriter(source: Package(bytes: bytes, name: "t.odt"))
        let folder = ScratchFolder()
        #expect(
            packageError { try writer.write([.copied("Pictures/logo.png")], to: folder.file("out.odt")) }
                == .writeFailed(
                    destination: folder.file("out.odt"), reason: "część skopiowana z pliku t.odt jest uszkodzona"))
        #expect(folder.contents.isEmpty)
    }

    /// Deflated parts are copied without unpacking (that is the point of raw copies), so
    /// their damage is not detected while copying; it travels with the original CRC and is
    /// reported when the output is read.
    @Test func damagedDeflatedPartIsCopiedRawAndCaughtOnRead() throws {
        var bytes = try validBytes()
        let record = ZipInspector(bytes).record("content.xml")
        bytes.patch32(at: record.centralOffset + 16, record.crc ^ 1)
        bytes.patch32(at: record.localOffset + 14, record.crc ^ 1)
        let output = try PackageWriter(source: Package(bytes: bytes, name: "t.odt")).bytes(of: [.copied("content.xml")])
        #expect(ZipInspector(output).record("content.xml").crc == record.crc ^ 1)
        #expect(
            packageError { try Package(bytes: output, name: "out").read("content.xml") }
                == .corruptEntry(
                    source: "out", entry: "content.xml", reason: "jej suma kontrolna nie zgadza się z zawartością"))
    }
}
