/// Writes a chunk of a raw deflate stream (RFC 1951) from references the caller already knows:
/// where most of a chunk is fixed text whose previous copy is a known distance back, zlib
/// would have to find every one of those matches by hashing; here they are simply written.
/// The other bytes go as literals. One block per chunk, with Huffman codes made for it.
///
/// Like `Deflate.compressChunk`, a chunk that is not the last ends on a byte boundary (with an
/// empty stored block, as zlib's sync flush does), so chunks from either coder concatenate.
enum ReferenceCoder {
    /// A stretch of the chunk that repeats the bytes `distance` back (1…32768).
    struct Reference {
        var offset: Int
        var length: Int
        var distance: Int
    }

    static let minimumLength = 3
    private static let longestMatch = 258
    /// Room for a block's header, its end and an empty stored block, besides its symbols.
    static let headerRoom = 512

    /// What `SymbolCounts` and `BlockCodes.writeBody` rely on before they index the chunk and
    /// the code tables through pointers, unchecked: references in order, each inside the chunk,
    /// at least `minimumLength` long (so no step is shorter, and no byte costs more than two
    /// bytes of output, the room `encode` allows) and 1…32768 back (a distance symbol exists).
    @inline(__always)
    static func check(_ reference: Reference, after cursor: Int, in count: Int) {
        precondition(
            reference.offset >= cursor && reference.length >= minimumLength
                && reference.offset + reference.length <= count
                && reference.distance >= 1 && reference.distance <= Deflate.windowSize,
            "a reference inside the chunk, in order, of a length and distance deflate can code")
    }

    static func encode(_ chunk: ArraySlice<UInt8>, references: [Reference], isLast: Bool) -> [UInt8] {
        let codes = chunk.withUnsafeBufferPointer { BlockCodes(frequencies: SymbolCounts($0, references: references)) }
        return encode(chunk, references: references, codes: codes, isLast: isLast)
    }

    /// With codes made once for many chunks of one kind (see `PreparsedDeflate`): they must give
    /// every symbol the chunk uses a code.
    static func encode(_ chunk: ArraySlice<UInt8>, references: [Reference], codes: BlockCodes, isLast: Bool) -> [UInt8]
    {
        chunk.withUnsafeBufferPointer { bytes in
            // No code is longer than 15 bits, with at most 13 extra bits, and no reference shorter
            // than 3 bytes (`check`): 2 bytes a byte at worst, with the header and the end besides.
            var writer = BitWriter(capacity: 2 * bytes.count + headerRoom)
            writer.write(isLast ? 0b101 : 0b100, count: 3)  // BFINAL, then BTYPE 10: codes of its own
            codes.writeHeader(to: &writer)
            codes.writeBody(bytes, references: references, to: &writer)
            if !isLast {
                writer.write(0, count: 3)  // an empty stored block brings the stream to a byte boundary
                writer.alignToByte()
                writer.appendBytes([0x00, 0x00, 0xFF, 0xFF])
            }
            writer.alignToByte()
            return writer.bytes
        }
    }

    /// A match longer than 258 bytes becomes several, each the same distance back, never
    /// leaving a tail shorter than a match can be.
    static func forEachStep(of length: Int, _ body: (Int) -> Void) {
        var remaining = length
        while remaining > 0 {
            let step =
                remaining > longestMatch && remaining < longestMatch + minimumLength
                ? remaining - minimumLength : min(remaining, longestMatch)
            body(step)
            remaining -= step
        }
    }

    /// Length symbols 257…285: the shortest length each stands for, and its extra bits.
    static let lengthBases = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258
    ]
    static let lengthExtraBits = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    /// Per match length 3…258: the index of its length symbol (0 for 257).
    static let lengthSymbol: [Int] = (0...258).map { length in
        length < 3 ? 0 : lengthBases.lastIndex { $0 <= length }!
    }

    /// The distance symbol (0…29) for a distance, with its extra bits and their value.
    static func distanceSymbol(_ distance: Int) -> (symbol: Int, extraCount: Int, extra: Int) {
        let value = distance - 1
        guard value >= 4 else { return (value, 0, 0) }
        let magnitude = Int.bitWidth - 1 - value.leadingZeroBitCount  // ⌊log₂ value⌋, at least 2
        let extraCount = magnitude - 1
        return (2 * magnitude + ((value >> extraCount) & 1), extraCount, value & ((1 << extraCount) - 1))
    }
}

/// How often each literal/length and distance symbol occurs in a chunk.
struct SymbolCounts {
    var literalsAndLengths = [Int](repeating: 0, count: 286)
    var distances = [Int](repeating: 0, count: 30)

    init(_ bytes: UnsafeBufferPointer<UInt8>, references: [ReferenceCoder.Reference]) {
        // Through pointers: each count touched through the arrays was checked for uniqueness and
        // bounds, twenty-odd instructions a literal in a list's chunk.
        literalsAndLengths.withUnsafeMutableBufferPointer { counts in
            distances.withUnsafeMutableBufferPointer { distances in
                var cursor = 0
                for reference in references {
                    ReferenceCoder.check(reference, after: cursor, in: bytes.count)
                    for byte in bytes[cursor..<reference.offset] { counts[Int(byte)] &+= 1 }
                    let distance = ReferenceCoder.distanceSymbol(reference.distance).symbol
                    ReferenceCoder.forEachStep(of: reference.length) { step in
                        counts[257 + ReferenceCoder.lengthSymbol[step]] &+= 1
                        distances[distance] &+= 1
                    }
                    cursor = reference.offset + reference.length
                }
                for byte in bytes[cursor...] { counts[Int(byte)] &+= 1 }
                counts[256] = 1  // the end of the block
            }
        }
    }

}

/// The two codes of a block, and the header that describes them (RFC 1951, 3.2.7).
struct BlockCodes: Sendable {
    let literalsAndLengths: HuffmanCode
    let distances: HuffmanCode
    /// Per match length: its symbol's code and extra bits, packed as in `HuffmanCode.packed`.
    let lengthCodes: [UInt32]
    /// The header's bits, in the order written, made once.
    private let header: [(bits: UInt64, count: Int)]

    /// Codes fitted to `bytes` and its references that also give every other symbol a code, so
    /// that they can code other chunks of the same kind whatever those hold.
    static func forEverySymbol(fittedTo bytes: [UInt8], references: [ReferenceCoder.Reference]) -> BlockCodes {
        var counts = bytes.withUnsafeBufferPointer { SymbolCounts($0, references: references) }
        for index in counts.literalsAndLengths.indices {
            counts.literalsAndLengths[index] = max(counts.literalsAndLengths[index], 1)
        }
        for index in counts.distances.indices { counts.distances[index] = max(counts.distances[index], 1) }
        return BlockCodes(frequencies: counts)
    }

    init(frequencies: SymbolCounts) {
        literalsAndLengths = HuffmanCode(frequencies: frequencies.literalsAndLengths, maximumLength: 15)
        distances = HuffmanCode(frequencies: frequencies.distances, maximumLength: 15)
        let codes = literalsAndLengths.packed
        lengthCodes = (0...258).map { length in
            guard length >= ReferenceCoder.minimumLength else { return 0 }
            let index = ReferenceCoder.lengthSymbol[length]
            let code = codes[257 + index]
            let width = code & 0xFF
            let bits = code >> 8 | UInt32(length - ReferenceCoder.lengthBases[index]) << width
            return bits << 8 | (width + UInt32(ReferenceCoder.lengthExtraBits[index]))
        }
        header = Self.header(literalsAndLengths: literalsAndLengths, distances: distances)
    }

    /// The order in which the code-length code's lengths are sent.
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    func writeHeader(to writer: inout BitWriter) {
        for field in header { writer.write(field.bits, count: field.count) }
    }

    private static func header(literalsAndLengths: HuffmanCode, distances: HuffmanCode) -> [(bits: UInt64, count: Int)]
    {
        var header: [(bits: UInt64, count: Int)] = []
        let literalCount = max(257, (literalsAndLengths.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
        let distanceCount = max(1, (distances.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
        let runs = Self.runLengthCoded(
            Array(literalsAndLengths.lengths[..<literalCount]) + distances.lengths[..<distanceCount])
        var counts = [Int](repeating: 0, count: 19)
        for run in runs { counts[run.symbol] += 1 }
        let codeLengthCode = HuffmanCode(frequencies: counts, maximumLength: 7)
        let sent = max(4, (Self.codeLengthOrder.lastIndex { codeLengthCode.lengths[$0] > 0 } ?? 0) + 1)
        header.append((UInt64(literalCount - 257), 5))
        header.append((UInt64(distanceCount - 1), 5))
        header.append((UInt64(sent - 4), 4))
        for symbol in Self.codeLengthOrder[..<sent] { header.append((UInt64(codeLengthCode.lengths[symbol]), 3)) }
        for run in runs {
            let code = codeLengthCode.packed[run.symbol]
            header.append((UInt64(code >> 8), Int(code & 0xFF)))
            if run.extraCount > 0 { header.append((UInt64(run.extra), run.extraCount)) }
        }
        // At most 7 bits a code length, runs included, for 316 of them: about 290 bytes.
        precondition(
            header.reduce(0) { $0 + $1.count } <= 8 * ReferenceCoder.headerRoom,
            "the header fits the room allowed for it")
        return header
    }

    /// Code lengths as sent: repeats of the previous length (16) and runs of zeros (17, 18) shortened.
    private static func runLengthCoded(_ lengths: [Int]) -> [(symbol: Int, extraCount: Int, extra: Int)] {
        var runs: [(symbol: Int, extraCount: Int, extra: Int)] = []
        var index = 0
        while index < lengths.count {
            let length = lengths[index]
            var run = 1
            while index + run < lengths.count, lengths[index + run] == length { run += 1 }
            index += run
            if length == 0 {
                while run >= 11 {
                    let step = min(run, 138)
                    runs.append((18, 7, step - 11))
                    run -= step
                }
                if run >= 3 {
                    runs.append((17, 3, run - 3))
                    run = 0
                }
                runs += Array(repeating: (0, 0, 0), count: run)
            } else {
                runs.append((length, 0, 0))
                run -= 1
                while run >= 3 {
                    let step = min(run, 6)
                    runs.append((16, 2, step - 3))
                    run -= step
                }
                runs += Array(repeating: (length, 0, 0), count: run)
            }
        }
        return runs
    }

    /// The chunk's symbols and the end of the block. The tables are held by pointer for the
    /// whole chunk: looked up through the arrays, each literal paid for bounds and ownership checks.
    func writeBody(
        _ bytes: UnsafeBufferPointer<UInt8>, references: [ReferenceCoder.Reference], to writer: inout BitWriter
    ) {
        literalsAndLengths.packed.withUnsafeBufferPointer { literals in
            distances.packed.withUnsafeBufferPointer { distances in
                lengthCodes.withUnsafeBufferPointer { lengths in
                    func writeLiterals(_ range: Range<Int>) {
                        for byte in bytes[range] {
                            let code = literals[Int(byte)]
                            writer.write(UInt64(code &>> 8), count: Int(code & 0xFF))
                        }
                    }
                    var cursor = 0
                    for reference in references {
                        ReferenceCoder.check(reference, after: cursor, in: bytes.count)
                        writeLiterals(cursor..<reference.offset)
                        let (symbol, extraCount, extra) = ReferenceCoder.distanceSymbol(reference.distance)
                        let code = distances[symbol]
                        let distanceBits = UInt64(code >> 8) | UInt64(extra) << (code & 0xFF)
                        let distanceCount = Int(code & 0xFF) + extraCount
                        ReferenceCoder.forEachStep(of: reference.length) { step in
                            let lengthCode = lengths[step]
                            writer.write(UInt64(lengthCode >> 8), count: Int(lengthCode & 0xFF))
                            writer.write(distanceBits, count: distanceCount)
                        }
                        cursor = reference.offset + reference.length
                    }
                    writeLiterals(cursor..<bytes.count)
                    let end = literals[256]
                    writer.write(UInt64(end >> 8), count: Int(end & 0xFF))
                }
            }
        }
    }
}
