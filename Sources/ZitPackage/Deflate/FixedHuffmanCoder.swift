/// Writes a chunk of a raw deflate stream (RFC 1951) from references the caller already knows,
/// in one block with the format's fixed Huffman codes. Used where most of a chunk is fixed text
/// whose previous copy is a known distance back: zlib would have to find every one of those
/// matches by hashing; here they are simply written. The other bytes go as literals.
///
/// Like `Deflate.compressChunk`, a chunk that is not the last ends on a byte boundary (with an
/// empty stored block, as zlib's sync flush does), so chunks from either coder concatenate.
enum FixedHuffmanCoder {
    /// A stretch of the chunk that repeats the bytes `distance` back (1…32768).
    struct Reference {
        var offset: Int
        var length: Int
        var distance: Int
    }

    static let minimumLength = 3

    static func encode(_ chunk: ArraySlice<UInt8>, references: [Reference], isLast: Bool) -> [UInt8] {
        // A literal takes at most 9 bits a byte, a match at most 31 bits for 3 bytes or more.
        var writer = BitWriter(capacity: chunk.count * 11 / 8 + 16)
        writer.write(isLast ? 0b011 : 0b010, count: 3)  // BFINAL, then BTYPE 01: fixed codes
        var cursor = 0
        chunk.withUnsafeBufferPointer { bytes in
            for reference in references {
                writeLiterals(bytes[cursor..<reference.offset], to: &writer)
                writeMatch(length: reference.length, distance: reference.distance, to: &writer)
                cursor = reference.offset + reference.length
            }
            writeLiterals(bytes[cursor...], to: &writer)
        }
        writer.write(0, count: 7)  // end of block: symbol 256 is seven zero bits
        if !isLast {
            writer.write(0, count: 3)  // an empty stored block brings the stream to a byte boundary
            writer.alignToByte()
            writer.appendBytes([0x00, 0x00, 0xFF, 0xFF])
        }
        writer.alignToByte()
        return writer.bytes
    }

    private static func writeLiterals(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, to writer: inout BitWriter) {
        literalCodes.withUnsafeBufferPointer { codes in
            for byte in bytes {
                let code = codes[Int(byte)]
                writer.write(UInt64(code >> 8), count: Int(code & 0xFF))
            }
        }
    }

    /// A match longer than 258 bytes becomes several, each the same distance back.
    private static func writeMatch(length: Int, distance: Int, to writer: inout BitWriter) {
        let distanceCode = distanceBits(distance)
        var remaining = length
        while remaining > 0 {
            // Never leave a tail shorter than a match can be.
            let step = remaining > 258 && remaining < 261 ? remaining - minimumLength : min(remaining, 258)
            let code = lengthCodes[step]
            writer.write(UInt64(code >> 8), count: Int(code & 0xFF))
            writer.write(distanceCode.bits, count: distanceCode.count)
            remaining -= step
        }
    }

    /// The five-bit distance symbol (bit-reversed, as Huffman codes are sent) and its extra bits.
    private static func distanceBits(_ distance: Int) -> (bits: UInt64, count: Int) {
        let value = distance - 1
        guard value >= 4 else { return (UInt64(distanceSymbols[value]), 5) }
        let magnitude = Int.bitWidth - 1 - value.leadingZeroBitCount  // ⌊log₂ value⌋, at least 2
        let extraCount = magnitude - 1
        let symbol = 2 * magnitude + ((value >> extraCount) & 1)
        let extra = value & ((1 << extraCount) - 1)
        return (UInt64(distanceSymbols[symbol]) | UInt64(extra) << 5, 5 + extraCount)
    }

    /// The 30 distance symbols' fixed five-bit codes, bit-reversed.
    private static let distanceSymbols: [UInt8] = (0..<30).map { UInt8(reversed($0, width: 5)) }

    /// Per byte value: the fixed literal code, bit-reversed, shifted left by 8, plus its length.
    private static let literalCodes: [UInt32] = (0..<256).map { value in
        let (code, width) = value < 144 ? (0x30 + value, 8) : (0x190 + value - 144, 9)
        return UInt32(reversed(code, width: width)) << 8 | UInt32(width)
    }

    /// Per match length (3…258): the length symbol's fixed code and its extra bits, packed as
    /// in `literalCodes`.
    private static let lengthCodes: [UInt32] = {
        let bases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
        let extras = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
        var table = [UInt32](repeating: 0, count: 259)
        for length in 3...258 {
            let index = bases.lastIndex { $0 <= length }!
            let symbol = 257 + index
            let (code, width) = symbol < 280 ? (symbol - 256, 7) : (0xC0 + symbol - 280, 8)
            let bits = reversed(code, width: width) | (length - bases[index]) << width
            table[length] = UInt32(bits) << 8 | UInt32(width + extras[index])
        }
        return table
    }()

    private static func reversed(_ code: Int, width: Int) -> Int {
        var result = 0
        for bit in 0..<width where code & (1 << bit) != 0 { result |= 1 << (width - 1 - bit) }
        return result
    }
}

/// Bits packed the way deflate sends them: least significant first, into a buffer sized for
/// the worst case up front, so the hot loop never grows an array.
struct BitWriter: ~Copyable {
    private let buffer: UnsafeMutableRawPointer
    private let capacity: Int
    private var position = 0
    private var pending: UInt64 = 0
    private var pendingCount = 0

    init(capacity: Int) {
        self.capacity = capacity + 8
        buffer = .allocate(byteCount: self.capacity, alignment: 8)
    }

    deinit { buffer.deallocate() }

    /// `count` is at most 32.
    @inline(__always)
    mutating func write(_ value: UInt64, count: Int) {
        pending |= value << pendingCount
        pendingCount += count
        if pendingCount >= 32 {
            precondition(position + 4 <= capacity, "the worst case was allowed for")
            buffer.storeBytes(of: UInt32(truncatingIfNeeded: pending).littleEndian, toByteOffset: position, as: UInt32.self)
            position += 4
            pending >>= 32
            pendingCount -= 32
        }
    }

    mutating func alignToByte() {
        while pendingCount > 0 {
            buffer.storeBytes(of: UInt8(truncatingIfNeeded: pending), toByteOffset: position, as: UInt8.self)
            position += 1
            pending >>= 8
            pendingCount = max(0, pendingCount - 8)
        }
        pending = 0
    }

    /// Only on a byte boundary.
    mutating func appendBytes(_ values: [UInt8]) {
        for value in values {
            buffer.storeBytes(of: value, toByteOffset: position, as: UInt8.self)
            position += 1
        }
    }

    var bytes: [UInt8] { Array(UnsafeRawBufferPointer(start: buffer, count: position)) }
}
