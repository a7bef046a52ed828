import CZlib

/// The fixed stretches of a part's text, known before it is filled: a template's markup
/// between its tags. Each has a number; the filler marks where it writes one, and
/// `DeflateStream` then codes a repeated stretch as a reference to its previous copy instead
/// of searching for the match, and combines checksums instead of reading the bytes again.
/// A table row repeated ten thousand times costs a few references per row this way.
struct Boilerplate: Sendable {
    let lengths: [Int]
    let checksums: [UInt32]
    /// What appending each stretch does to a running checksum.
    let shifts: ChecksumShifts

    public init(_ stretches: [ArraySlice<UInt8>]) {
        lengths = stretches.map(\.count)
        checksums = stretches.map(Deflate.checksum)
        shifts = ChecksumShifts(lengths: lengths)
    }

    public var count: Int { lengths.count }
}

/// What the filler of a part knows about a piece it hands to `DeflateStream`.
@usableFromInline enum PieceMark: Sendable {
    /// Fixed stretch number `stretch` of the part's boilerplate starts at `offset`.
    case boilerplate(offset: Int, stretch: Int)
    /// The `length` bytes at `offset` are the same as those `distance` bytes before them (a
    /// value written again, such as the event's title in every copy of a merge).
    case repeated(offset: Int, length: Int, distance: Int)
}

extension Boilerplate {
    /// The CRC-32 of a piece whose marked stretches are known: only the bytes between them are read.
    func checksum(of piece: ArraySlice<UInt8>, marks: [PieceMark]) -> UInt32 {
        piece.withUnsafeBufferPointer { bytes in
            guard let start = bytes.baseAddress else { return 0 }
            return shifts.withShifter { shifter in
                checksums.withUnsafeBufferPointer { checksums in
                    lengths.withUnsafeBufferPointer { lengths in
                        var crc: uLong = 0
                        var cursor = 0
                        for case .boilerplate(let offset, let stretch) in marks {
                            // crc32_z reads by pointer: a mark out of order or past the piece would read other memory.
                            precondition(
                                stretch >= 0 && stretch < lengths.count && offset >= cursor
                                    && offset + lengths[stretch] <= bytes.count,
                                "marks of this boilerplate, in order, inside the piece")
                            crc = crc32_z(crc, start + cursor, offset - cursor)
                            crc = uLong(shifter.shift(UInt32(crc), past: stretch) ^ checksums[stretch])
                            cursor = offset + lengths[stretch]
                        }
                        return UInt32(crc32_z(crc, start + cursor, bytes.count - cursor))
                    }
                }
            }
        }
    }
}
