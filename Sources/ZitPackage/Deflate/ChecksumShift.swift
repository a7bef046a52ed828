import CZlib

/// What appending `length` bytes does to a running CRC-32, whatever the bytes: the checksum of
/// `a + b` is `shift(crc(a)) ^ crc(b)`, the shift being multiplication by x^(8·length) modulo
/// zip's polynomial (zlib's `crc32_combine_op`).
///
/// zlib multiplies bit by bit, about 300 instructions a stretch; a list of ten thousand rows
/// appends fifty thousand stretches. The shift is linear, so it is tabled here for each four
/// bits of the checksum: eight lookups.
struct ChecksumShift: Sendable {
    /// `table[16 * n + v]`: the shift of nibble `n` of a checksum holding `v`.
    private let table: [UInt32]

    init(length: Int) {
        // zlib's operator, in its reflected form: bit 31 is x^0, bit 0 is x^31. It is the
        // shift of the checksum 0x8000_0000; each bit further down is one more factor of x.
        var basis = [UInt32](repeating: 0, count: 32)
        var value = UInt32(truncatingIfNeeded: crc32_combine_gen(off_t(length)))
        for bit in (0..<32).reversed() {
            basis[bit] = value
            value = value & 1 == 0 ? value >> 1 : (value >> 1) ^ Self.polynomial
        }
        var table = [UInt32](repeating: 0, count: 8 * 16)
        for nibble in 0..<8 {
            for value in 1..<16 {
                let low = value & -value
                let lowBit = low.trailingZeroBitCount
                table[16 * nibble + value] = table[16 * nibble + (value ^ low)] ^ basis[4 * nibble + lowBit]
            }
        }
        self.table = table
    }

    func apply(to crc: UInt32) -> UInt32 {
        table.withUnsafeBufferPointer { table in
            var result: UInt32 = 0
            var rest = crc
            var offset = 0
            while rest != 0 {
                result ^= table[offset + Int(rest & 0xF)]
                rest >>= 4
                offset += 16
            }
            return result
        }
    }

    /// zip's CRC-32 polynomial, reflected.
    private static let polynomial: UInt32 = 0xEDB8_8320
}
