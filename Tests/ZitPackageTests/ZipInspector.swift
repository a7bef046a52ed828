/// Reads a zip's headers directly, without libzip, to check what the writer really put on
/// disk: header order, methods, times, extra fields and raw compressed data.
struct ZipRecord {
    var name: String
    var flags: UInt16
    var method: UInt16
    var dosTime: UInt16
    var dosDate: UInt16
    var crc: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    var centralExtraLength: Int
    var localExtraLength: Int
    /// Offsets of the header fields, for tests that patch a package to damage it.
    var centralOffset: Int
    var localOffset: Int
    var dataOffset: Int
}

struct ZipInspector {
    let bytes: [UInt8]
    let records: [ZipRecord]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var end = bytes.count - 22
        while end > 0 && Self.u32(bytes, end) != 0x0605_4B50 { end -= 1 }
        precondition(end >= 0 && Self.u32(bytes, end) == 0x0605_4B50, "no end of central directory")
        let count = Int(Self.u16(bytes, end + 10))
        var at = Int(Self.u32(bytes, end + 16))
        var records: [ZipRecord] = []
        for _ in 0..<count {
            precondition(Self.u32(bytes, at) == 0x0201_4B50, "bad central header")
            let nameLength = Int(Self.u16(bytes, at + 28))
            let extraLength = Int(Self.u16(bytes, at + 30))
            let commentLength = Int(Self.u16(bytes, at + 32))
            let local = Int(Self.u32(bytes, at + 42))
            precondition(Self.u32(bytes, local) == 0x0403_4B50, "bad local header")
            let localName = Int(Self.u16(bytes, local + 26))
            let localExtra = Int(Self.u16(bytes, local + 28))
            records.append(
                ZipRecord(
                    name: String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self),
                    flags: Self.u16(bytes, at + 8),
                    method: Self.u16(bytes, at + 10),
                    dosTime: Self.u16(bytes, at + 12),
                    dosDate: Self.u16(bytes, at + 14),
                    crc: Self.u32(bytes, at + 16),
                    compressedSize: Int(Self.u32(bytes, at + 20)),
                    uncompressedSize: Int(Self.u32(bytes, at + 24)),
                    centralExtraLength: extraLength,
                    localExtraLength: localExtra,
                    centralOffset: at,
                    localOffset: local,
                    dataOffset: local + 30 + localName + localExtra))
            at += 46 + nameLength + extraLength + commentLength
        }
        self.records = records
    }

    func record(_ name: String) -> ZipRecord { records.first { $0.name == name }! }

    func rawData(_ name: String) -> [UInt8] {
        let r = record(name)
        return Array(bytes[r.dataOffset..<(r.dataOffset + r.compressedSize)])
    }

    static func u16(_ b: [UInt8], _ at: Int) -> UInt16 { UInt16(b[at]) | UInt16(b[at + 1]) << 8 }
    static func u32(_ b: [UInt8], _ at: Int) -> UInt32 { UInt32(u16(b, at)) | UInt32(u16(b, at + 2)) << 16 }
}

extension Array where Element == UInt8 {
    /// Overwrites a little-endian 32-bit header field.
    mutating func patch32(at offset: Int, _ value: UInt32) {
        replaceSubrange(offset..<(offset + 4), with: le32(value))
    }
}
