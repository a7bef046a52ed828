import Testing

@testable import ZitPackage

/// Appending a stretch's checksum to a running one must give the checksum of the joined bytes,
/// for any running value and any stretch length.
@Suite struct ChecksumShiftsTests {
    @Test(arguments: [0, 1, 3, 4, 7, 64, 259, 1_000, 32_768, 100_003])
    func joinedChecksumEqualsChecksumOfTheJoinedBytes(length: Int) {
        let prefixes: [[UInt8]] = [[], [0], Array("<w:tr>".utf8), (0..<333).map { UInt8(truncatingIfNeeded: $0 &* 31) }]
        let stretch = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 7919 >> 2) }
        let shifts = ChecksumShifts(lengths: [5, length])
        for prefix in prefixes {
            let joined = shifts.withShifter { $0.shift(CRC32.checksum(prefix), past: 1) } ^ CRC32.checksum(stretch)
            #expect(joined == CRC32.checksum(prefix + stretch), "prefix of \(prefix.count) bytes")
        }
    }

    /// Many running checksums, so that every entry of every nibble's table is used.
    @Test func everyBitOfTheRunningChecksumIsShifted() {
        let stretch = Array("</w:t></w:r></w:p></w:tc>".utf8)
        let shifts = ChecksumShifts(lengths: [stretch.count])
        for seed in 0..<64 {
            let prefix = (0..<(seed + 5)).map { UInt8(truncatingIfNeeded: ($0 + 1) &* (seed + 13)) }
            #expect(
                shifts.withShifter { $0.shift(CRC32.checksum(prefix), past: 0) } ^ CRC32.checksum(stretch)
                    == CRC32.checksum(prefix + stretch))
        }
    }
}
