import Testing

@testable import ZitPackage

/// Hostile packages are refused from what they declare, before anything is unpacked.
@Suite struct LimitsTests {
    /// 300 MB declared for a few bytes of data, as a crafted zip bomb would: refused from the
    /// central directory alone, without unpacking or allocating anything near that size.
    @Test func hugeDeclaredEntryIsRefusedQuickly() throws {
        var bomb = CraftedEntry.deflatedAsStoredBlocks("content.xml", Array("<x/>".utf8))
        bomb.uncompressedSize = 300_000_000
        let bytes = craftZip([.stored("mimetype", Fixtures.odtMimetype), bomb])

        let clock = ContinuousClock()
        let started = clock.now
        let error = packageError { try Package(bytes: bytes, name: "template.odt") }
        #expect(clock.now - started < .seconds(1))
        #expect(
            error
                == .entryTooLarge(
                    source: "template.odt", entry: "content.xml",
                    size: 300_000_000, limit: 256 << 20))
    }

    /// A real bomb: 20 MB of zeros deflate to under 100 KB.
    @Test func realDeflatedZerosAreRefusedAsSuspicious() throws {
        let bytes = try PackageWriter(source: Fixtures.emptyPackage()).bytes(of: [
            .deflated("zeros.xml", [UInt8](repeating: 0, count: 20 << 20))
        ])
        let error = packageError { try Package(bytes: bytes, name: "bomb.docx") }
        guard case let .suspiciousCompression(source, entry, ratio, limit) = error else {
            Issue.record("expected suspiciousCompression, got \(String(describing: error))")
            return
        }
        #expect(source == "bomb.docx" && entry == "zeros.xml" && limit == 200)
        #expect(ratio > 200)
    }

    /// Small parts compress well and harmlessly (an empty XML file); only parts above 1 MiB
    /// are held to the ratio.
    @Test func ratioIsCheckedOnlyAboveOneMebibyte() throws {
        let writer = try PackageWriter(source: Fixtures.emptyPackage())
        let atThreshold = try writer.bytes(of: [.deflated("z", [UInt8](repeating: 0, count: 1 << 20))])
        #expect(try Package(bytes: atThreshold, name: "ok").read("z").count == 1 << 20)

        let above = try writer.bytes(of: [.deflated("z", [UInt8](repeating: 0, count: (1 << 20) + 1))])
        guard case .suspiciousCompression? = packageError({ try Package(bytes: above, name: "bomb") }) else {
            Issue.record("a 1 MiB + 1 byte part packed ~1000:1 must be refused")
            return
        }
        let lenient = PackageLimits(maxCompressionRatio: 5000)
        #expect(try Package(bytes: above, name: "ok", limits: lenient).read("z").count == (1 << 20) + 1)
    }

    @Test func totalOfDeclaredSizesIsLimited() throws {
        let bytes = craftZip([
            .stored("a", [UInt8](repeating: 1, count: 600)), .stored("b", [UInt8](repeating: 2, count: 600))
        ])
        let limits = PackageLimits(maxEntrySize: 1000, maxTotalSize: 1000)
        #expect(
            packageError { try Package(bytes: bytes, name: "big.docx", limits: limits) }
                == .packageTooLarge(source: "big.docx", size: 1200, limit: 1000))
        #expect(
            try Package(bytes: bytes, name: "ok.docx", limits: PackageLimits(maxTotalSize: 1200)).entryNames == [
                "a", "b"
            ])
    }

    @Test func entrySizeLimitIsInclusive() throws {
        let bytes = craftZip([.stored("a", [UInt8](repeating: 1, count: 600))])
        #expect(try Package(bytes: bytes, name: "ok", limits: PackageLimits(maxEntrySize: 600)).read("a").count == 600)
        #expect(
            packageError { try Package(bytes: bytes, name: "no", limits: PackageLimits(maxEntrySize: 599)) }
                == .entryTooLarge(source: "no", entry: "a", size: 600, limit: 599))
    }

    @Test func moreEntriesThanTheDefaultLimitAreRefused() throws {
        let entries = (0...10_000).map { CraftedEntry.stored("p\($0).xml", []) }
        #expect(
            packageError { try Package(bytes: craftZip(entries), name: "many.docx") }
                == .tooManyEntries(source: "many.docx", count: 10_001, limit: 10_000))
    }

    @Test func entryCountLimitIsInclusive() throws {
        let three = craftZip((1...3).map { CraftedEntry.stored("p\($0)", []) })
        let four = craftZip((1...4).map { CraftedEntry.stored("p\($0)", []) })
        let limits = PackageLimits(maxEntryCount: 3)
        #expect(try Package(bytes: three, name: "ok", limits: limits).entryNames.count == 3)
        #expect(
            packageError { try Package(bytes: four, name: "no", limits: limits) }
                == .tooManyEntries(source: "no", count: 4, limit: 3))
    }

    @Test func fileLargerThanTheTotalLimitIsRefusedBeforeReading() throws {
        let folder = ScratchFolder()
        folder.write("big.docx", [UInt8](repeating: 0, count: 5000))
        #expect(
            packageError { try Package(contentsOf: folder.file("big.docx"), limits: PackageLimits(maxTotalSize: 4000)) }
                == .packageTooLarge(source: folder.file("big.docx"), size: 5000, limit: 4000))
    }
}
