#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Notices text a filler writes again within deflate's reach, such as an event's title and
/// topics in every copy of a merge, so `DeflateStream` can refer to the earlier copy.
///
/// A fixed table of recent texts by hash, with no allocation per text: a value that is not
/// found costs a hash and a comparison. Two texts with the same slot simply replace each
/// other, which can only lose a reference, never make a wrong one (the bytes are compared).
@usableFromInline struct RepeatFinder {
    private struct Entry {
        var hash: UInt64
        var position: Int
        var length: Int
    }

    /// Shorter texts are not looked up: a reference takes about as many bits as three letters,
    /// so the lookup would cost more time than the bytes it could save.
    private static let minimumLength = 16
    private static let tableSize = 4096

    private var table = [Entry](repeating: Entry(hash: 0, position: -1, length: 0), count: tableSize)
    /// The last 32 KB handed over, to compare with, and how much was handed over in all.
    private var tail: [UInt8] = []
    private var handedOver = 0

    public init() {}

    /// The text written so far but not handed over (`pending`) goes to the stream now.
    public mutating func handOver(_ pending: [UInt8]) {
        if pending.count >= Deflate.windowSize {
            tail = Array(pending.suffix(Deflate.windowSize))
        } else {
            tail = Array((tail + pending).suffix(Deflate.windowSize))
        }
        handedOver += pending.count
    }

    /// A mark for `pending[start...]` when the same bytes were written within reach before.
    public mutating func mark(_ pending: [UInt8], from start: Int) -> PieceMark? {
        pending.withUnsafeBufferPointer { mark($0, from: start) }
    }

    /// As `mark(_:from:)`, for a renderer that holds its text by pointer while it writes.
    public mutating func mark(_ pending: UnsafeBufferPointer<UInt8>, from start: Int) -> PieceMark? {
        let length = pending.count - start
        guard length >= Self.minimumLength else { return nil }
        let text = pending.baseAddress! + start
        let hash = Self.hash(text, length)
        let slot = Int(truncatingIfNeeded: hash) & (Self.tableSize - 1)
        let earlier = table[slot]
        let position = handedOver + start
        table[slot] = Entry(hash: hash, position: position, length: length)
        guard earlier.hash == hash, earlier.length == length, earlier.position >= 0,
            position - earlier.position <= Deflate.windowSize,
            matches(text, length, at: earlier.position, pending: pending)
        else { return nil }
        return .repeated(offset: start, length: length, distance: position - earlier.position)
    }

    private func matches(
        _ text: UnsafePointer<UInt8>, _ length: Int, at position: Int, pending: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        if position >= handedOver {
            return memcmp(text, pending.baseAddress! + (position - handedOver), length) == 0
        }
        let offset = position - (handedOver - tail.count)
        guard offset >= 0, offset + length <= tail.count else { return false }
        return tail.withUnsafeBufferPointer { memcmp(text, $0.baseAddress! + offset, length) == 0 }
    }

    /// Eight bytes at a time (the texts are at least 16 long, and the last word overlaps the one
    /// before), mixed by multiplication; fixed, so the same input always gives the same
    /// document. A collision only costs a comparison: the bytes are compared before a reference.
    private static func hash(_ text: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        let raw = UnsafeRawPointer(text)
        var hash = UInt64(truncatingIfNeeded: length)
        var offset = 0
        while offset < length - 8 {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash &>> 29
            offset += 8
        }
        hash = (hash ^ raw.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
        return hash ^ hash &>> 32
    }
}
