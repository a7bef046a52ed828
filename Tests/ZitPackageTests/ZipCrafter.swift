/// Builds zip archives byte by byte, including malformed ones libzip would never write
/// (unsafe names, duplicates, lying sizes), so the reader is tested against input it did not
/// produce itself.
struct CraftedEntry {
    var name: [UInt8]
    var method: UInt16
    /// Exactly the bytes that follow the local header (compressed data for method 8).
    var data: [UInt8]
    var crc: UInt32
    var uncompressedSize: UInt32
    var compressedSize: UInt32
    var extra: [UInt8] = []

    static func stored(_ name: String, _ content: [UInt8]) -> CraftedEntry {
        CraftedEntry(
            name: Array(name.utf8), method: 0, data: content, crc: CRC32.checksum(content),
            uncompressedSize: UInt32(content.count), compressedSize: UInt32(content.count))
    }

    /// Method 8 (deflate) using only uncompressed deflate blocks: valid deflate that no zlib
    /// level would produce for compressible text, so a recompressed copy is easy to spot.
    static func deflatedAsStoredBlocks(_ name: String, _ content: [UInt8]) -> CraftedEntry {
        var stream: [UInt8] = []
        var start = 0
        repeat {
            let end = min(start + 65_535, content.count)
            let length = UInt16(end - start)
            stream.append(end == content.count ? 1 : 0)
            stream += le16(length) + le16(~length)
            stream += content[start..<end]
            start = end
        } while start < content.count
        return CraftedEntry(
            name: Array(name.utf8), method: 8, data: stream, crc: CRC32.checksum(content),
            uncompressedSize: UInt32(content.count), compressedSize: UInt32(stream.count))
    }
}

func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
func le32(_ value: UInt32) -> [UInt8] { le16(UInt16(value & 0xFFFF)) + le16(UInt16(value >> 16)) }

func craftZip(_ entries: [CraftedEntry]) -> [UInt8] {
    var out: [UInt8] = []
    var central: [UInt8] = []
    for entry in entries {
        let offset = UInt32(out.count)
        let common =
            le16(20) + le16(0) + le16(entry.method) + le16(0) + le16(0x21) + le32(entry.crc)
            + le32(entry.compressedSize) + le32(entry.uncompressedSize)
            + le16(UInt16(entry.name.count)) + le16(UInt16(entry.extra.count))
        out += le32(0x0403_4B50) + common + entry.name + entry.extra + entry.data
        central +=
            le32(0x0201_4B50) + le16(0x031E) + common
            + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + entry.name + entry.extra
    }
    let centralOffset = UInt32(out.count)
    out += central
    out +=
        le32(0x0605_4B50) + le16(0) + le16(0)
        + le16(UInt16(truncatingIfNeeded: entries.count)) + le16(UInt16(truncatingIfNeeded: entries.count))
        + le32(UInt32(central.count)) + le32(centralOffset) + le16(0)
    return out
}
