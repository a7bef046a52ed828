import Testing

@testable import ZitPackage

@Suite struct DeterminismTests {
    let entries: [PackageEntry] = [
        .copied("mimetype"), .deflated("content.xml", Array("<p>Ada</p>".utf8)),
        .copied("styles.xml"), .copied("Pictures/logo.png"), .stored("settings.xml", [1, 2, 3])
    ]

    @Test func sameInputGivesByteIdenticalOutput() throws {
        let template = try Fixtures.template()
        let first = try PackageWriter(source: template).bytes(of: entries)
        let second = try PackageWriter(source: template).bytes(of: entries)
        #expect(first == second)

        let folder = ScratchFolder()
        let writer = try PackageWriter(source: template)
        try writer.write(entries, to: folder.file("a.odt"))
        try writer.write(entries, to: folder.file("b.odt"))
        #expect(folder.read("a.odt") == first)
        #expect(folder.read("b.odt") == first)
    }

    /// The clock must not reach the output: every header carries the fixed 1980-01-01 00:00
    /// and no extra field (where libzip or zip tools would put timestamps).
    @Test func everyEntryHasTheFixedTimeAndNoExtraField() throws {
        let bytes = try PackageWriter(source: Fixtures.template()).bytes(of: entries)
        let inspector = ZipInspector(bytes)
        #expect(inspector.records.count == entries.count)
        for record in inspector.records {
            #expect(record.dosDate == 0x0021 && record.dosTime == 0, "\(record.name)")
            #expect(ZipInspector.u16(bytes, record.localOffset + 10) == 0, "local time of \(record.name)")
            #expect(ZipInspector.u16(bytes, record.localOffset + 12) == 0x0021, "local date of \(record.name)")
            #expect(record.localExtraLength == 0 && record.centralExtraLength == 0, "\(record.name)")
        }
    }
}
