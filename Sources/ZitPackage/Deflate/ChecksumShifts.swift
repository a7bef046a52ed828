import CZlib

/// What appending each fixed stretch does to a running CRC-32, whatever its bytes: the checksum
/// of `a + b` is `shift(crc(a)) ^ crc(b)`, the shift being multiplication by x^(8·length)
/// modulo zip's polynomial (zlib's `crc32_combine_op`).
///
/// zlib multiplies bit by bit, about 300 instructions a stretch; a list of ten thousand rows
/// appends fifty thousand stretches. The shift is linear, so it is tabled here for each four
/// bits of the checksum: eight lookups.
struct ChecksumShifts: Sendable {
    private static let entriesPerStretch = 8 * 16
    /// For stretch `s`, at `128 * s + 16 * n + v`: the shift of nibble `n` of a checksum holding `v`.
    private let table: [UInt32]

    init(lengths: [Int]) {
        var table = [UInt32](repeating: 0, count: lengths.count * Self.entriesPerStretch)
        for (stretch, length) in lengths.enumerated() {
            // zlib's operator, in its reflected form: bit 31 is x^0, bit 0 is x^31. It is the
            // shift of the checksum 0x8000_0000; each bit further down is one more factor of x.
            var basis = [UInt32](repeating: 0, count: 32)
            var value = UInt32(truncatingIfNeeded: crc32_combine_gen(off_t(length)))
            for bit in (0..<32).reversed() {
                basis[bit] = value
                value = value & 1 == 0 ? value >> 1 : (value >> 1) ^ Self.polynomial
            }
            let base = stretch * Self.entriesPerStretch
            for nibble in 0..<8 {
                for value in 1..<16 {
                    let low = value & -value
                    table[base + 16 * nibble + value] =
                        table[base + 16 * nibble + (value ^ low)] ^ basis[4 * nibble + low.trailingZeroBitCount]
                }
            }
        }
        self.table = table
    }

    /// `body` gets the shifts held by pointer, for a loop over a piece's stretches.
    func withShifter<Result>(_ body: (Shifter) -> Result) -> Result {
        table.withUnsafeBufferPointer { body(Shifter(table: $0)) }
    }

    struct Shifter {
        fileprivate let table: UnsafeBufferPointer<UInt32>

        func shift(_ crc: UInt32, past stretch: Int) -> UInt32 {
            precondition(stretch >= 0 && (stretch + 1) * ChecksumShifts.entriesPerStretch <= table.count)
            let entries = table.baseAddress! + stretch * ChecksumShifts.entriesPerStretch
            var result: UInt32 = 0
            for nibble in 0..<8 {  // unrolled by the compiler: no branch per nibble
                result ^= entries[16 &* nibble &+ Int(truncatingIfNeeded: crc &>> (4 &* UInt32(nibble)) & 0xF)]
            }
            return result
        }
    }

    /// zip's CRC-32 polynomial, reflected.
    private static let polynomial: UInt32 = 0xEDB8_8320
}
