import Foundation

/// The texts of a JSON file made into Strings once each, as far as they repeat: the keys of
/// every row, and the institutions, places and dates that rows share. A repeated text costs a
/// hash and a comparison instead of a new String, and its rows share one copy in memory.
///
/// Direct-mapped, like a processor's cache: a text has one slot, and a different text with the
/// same slot replaces it, so a file of all different texts keeps only the cost of the hash.
struct TextCache {
    private static let slotBits = 12
    private static let slotCount = 1 << slotBits
    /// Longer texts (descriptions, addresses) rarely repeat and would cost most to compare.
    private static let longestCached = 64

    /// A text and its fingerprint: the length and the first and last eight bytes, which are
    /// the whole of a text of up to 16 bytes, so most are told apart without reading the String.
    private struct Entry {
        var first: UInt64 = 0
        var last: UInt64 = 0
        var count = -1
        var text = ""
    }

    private var slots = [Entry](repeating: Entry(), count: slotCount)

    /// The text, or nil when it is not UTF-8.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return "" }
        guard bytes.count <= Self.longestCached else { return Self.decode(bytes) }
        let (first, last) = Self.ends(of: bytes)
        let slot = Self.slot(first: first, last: last, count: bytes.count)
        return slots.withUnsafeMutableBufferPointer { slots in
            let entry = slots[slot]
            if entry.count == bytes.count, entry.first == first, entry.last == last,
                bytes.count <= 16
                    || entry.text.utf8.withContiguousStorageIfAvailable({
                        memcmp($0.baseAddress!, start, bytes.count) == 0
                    }) == true
            {
                return entry.text
            }
            guard let text = Self.decode(bytes) else { return nil }
            slots[slot] = Entry(first: first, last: last, count: bytes.count, text: text)
            return text
        }
    }

    /// The first and last eight bytes; a shorter text's bytes in `first`, and `last` zero.
    private static func ends(of bytes: UnsafeBufferPointer<UInt8>) -> (first: UInt64, last: UInt64) {
        guard bytes.count >= 8 else {
            var first: UInt64 = 0
            for byte in bytes { first = first << 8 | UInt64(byte) }
            return (first, 0)
        }
        let start = UnsafeRawPointer(bytes.baseAddress!)
        return (
            start.loadUnaligned(as: UInt64.self), start.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
        )
    }

    /// Fibonacci hashing: the multiplication spreads every input bit over the top bits kept.
    private static func slot(first: UInt64, last: UInt64, count: Int) -> Int {
        let mixed = ((first &* 0x9E37_79B9_7F4A_7C15) ^ last ^ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> (64 - slotBits))
    }

    /// Decoding puts U+FFFD in place of what is not UTF-8, and yajl's own check lets overlong
    /// forms and encoded surrogates (also from `\udc00`) through; a text that decoding changed
    /// was not UTF-8. Only texts not found in the cache get here, so the check costs little.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        let unchanged = text.withUTF8 {
            $0.count == bytes.count && memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        }
        return unchanged ? text : nil
    }
}
