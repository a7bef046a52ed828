import CZlib

/// Raw deflate (RFC 1951, what zip entries hold) through zlib.
///
/// A part is compressed as a sequence of independent chunks, each primed with the 32 KB before
/// it and ended on a byte boundary, so chunks can be compressed on different cores and the
/// results simply concatenated (the way pigz does it). Small parts get a window and hash table
/// sized to them: setting up zlib's full 256 KB of tables would cost more than compressing a
/// one-page certificate.
public enum Deflate {
    /// zlib's fastest matcher (levels 1–3); level 6 takes twice the time for parts about a
    /// tenth smaller, which nobody notices in a document.
    public static let defaultLevel = 3
    /// Parts longer than this are split into chunks of this size.
    public static let chunkSize = 1 << 20
    /// How far back deflate can refer: the most of earlier text a chunk is primed with.
    public static let windowSize = 1 << 15

    /// Compresses a whole part: one chunk inline, several on all cores.
    public static func compress(_ bytes: [UInt8], level: Int = defaultLevel) -> DeflatedPart {
        if bytes.count <= chunkSize {
            let chunk = compressChunk(bytes[...], dictionary: [][...], isLast: true, level: level)
            return DeflatedPart(bytes: chunk, crc32: checksum(bytes[...]), uncompressedSize: bytes.count)
        }
        let stream = DeflateStream(level: level)
        var start = 0
        while start < bytes.count {
            let end = min(start + chunkSize, bytes.count)
            stream.append(Array(bytes[start..<end]))
            start = end
        }
        return stream.finish()
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(crc32_z(0, buffer.baseAddress, buffer.count))
        }
    }

    static func combine(_ first: UInt32, _ second: UInt32, secondLength: Int) -> UInt32 {
        UInt32(crc32_combine(uLong(first), uLong(second), off_t(secondLength)))
    }

    /// One chunk of a raw deflate stream. Not the last: ends with an empty stored block
    /// (a sync flush) so the next chunk starts on a byte boundary; the last: ends the stream.
    static func compressChunk(
        _ input: ArraySlice<UInt8>, dictionary: ArraySlice<UInt8>, isLast: Bool, level: Int
    ) -> [UInt8] {
        let (windowBits, memoryLevel) = tableSizes(for: input.count, primed: !dictionary.isEmpty)
        var stream = z_stream()
        let clamped = Int32(min(max(level, 1), 9))
        // Only out-of-memory can fail here, and zitdocs cannot go on without memory either.
        guard
            deflateInit2_(
                &stream, clamped, Z_DEFLATED, -windowBits, memoryLevel, Z_DEFAULT_STRATEGY,
                ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { fatalError("zlib could not allocate its tables") }
        defer { deflateEnd(&stream) }
        if !dictionary.isEmpty {
            dictionary.withUnsafeBufferPointer { buffer in
                _ = deflateSetDictionary(&stream, buffer.baseAddress, uInt(buffer.count))
            }
        }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 16)
        let written = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target -> Int in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                let status = deflate(&stream, isLast ? Z_FINISH : Z_SYNC_FLUSH)
                precondition(
                    status == (isLast ? Z_STREAM_END : Z_OK) && stream.avail_in == 0,
                    "deflateBound gives room for the whole chunk")
                return target.count - Int(stream.avail_out)
            }
        }
        // A copy of the right size: the buffer was sized for the worst case, about as large as
        // the input, and a long part keeps every chunk's result until it is written.
        return Array(output[..<written])
    }

    /// The smallest window that holds the whole input (at least 512 bytes), and a hash table
    /// to match; a chunk primed with the previous 32 KB needs the full window.
    static func tableSizes(for count: Int, primed: Bool) -> (windowBits: Int32, memoryLevel: Int32) {
        if primed { return (15, 8) }
        var bits: Int32 = 9
        while bits < 15, 1 << bits < count { bits += 1 }
        return (bits, max(1, min(8, bits - 8)))
    }
}

extension Deflate {
    /// The original bytes of a compressed part (for the rare entry that must be stored, and
    /// for checking).
    public static func decompress(_ part: DeflatedPart) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            fatalError("zlib could not allocate its tables")
        }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: part.uncompressedSize)
        let status = part.bytes.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return inflate(&stream, Z_FINISH)
            }
        }
        precondition(
            status == Z_STREAM_END && stream.avail_out == 0, "a part deflated here inflates to its recorded size")
        return output
    }
}
