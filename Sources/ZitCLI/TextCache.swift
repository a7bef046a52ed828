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
    private var slots = [String?](repeating: nil, count: slotCount)

    /// The text, or nil when it is not UTF-8.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return "" }
        guard bytes.count <= Self.longestCached else { return Self.decode(bytes) }
        let slot = Self.slot(of: bytes)
        if var cached = slots[slot], cached.utf8.count == bytes.count,
           cached.withUTF8({ memcmp($0.baseAddress!, start, bytes.count) == 0 }) {
            return cached
        }
        let text = Self.decode(bytes)
        slots[slot] = text
        return text
    }

    /// From the length and the first and last eight bytes, which tell apart all texts of up to
    /// 16 bytes and nearly all longer ones; two that share a slot only take turns in it.
    private static func slot(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var first: UInt64 = 0, last: UInt64 = 0
        if bytes.count >= 8 {
            let start = UnsafeRawPointer(bytes.baseAddress!)
            first = start.loadUnaligned(as: UInt64.self)
            last = start.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
        } else {
            for byte in bytes { first = first << 8 | UInt64(byte) }
        }
        // Fibonacci hashing: the multiplication spreads every input bit over the top bits kept.
        let mixed = ((first &* 0x9E37_79B9_7F4A_7C15) ^ last ^ UInt64(bytes.count)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> (64 - slotBits))
    }

    /// Decoding puts U+FFFD in place of what is not UTF-8, and yajl's own check lets overlong
    /// forms and encoded surrogates (also from `\udc00`) through; a text that decoding changed
    /// was not UTF-8. Only texts not found in the cache get here, so the check costs little.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        let unchanged = text.withUTF8 { $0.count == bytes.count && memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
        return unchanged ? text : nil
    }
}
