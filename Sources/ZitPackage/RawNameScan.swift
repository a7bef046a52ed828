/// Finds entry names that contain a NUL byte, which libzip cannot report.
///
/// libzip 1.7.3 replaces NUL bytes in names with spaces when it reads the central directory,
/// and hands names out as C strings (which would cut short a name taken from an Info-ZIP
/// Unicode-path extra field). Either way "evil\0.xml" would reach us looking harmless, while
/// other tools see a different name. So this pass reads the raw central directory records
/// itself. It does not decide the archive's structure (libzip does); it checks every central
/// directory the bytes could be read as, because an archive can contain several end records
/// and it is libzip's choice which one counts.
enum RawNameScan {
    static func nameWithNUL(in bytes: ArchiveBytes, maxRecords: Int) -> String? {
        let reader = Reader(bytes: bytes)
        let lowest = max(0, bytes.count - 22 - 0xFFFF)  // the end record sits before a comment of at most 64 KiB
        var visited = Set<Int>()
        var position = bytes.count - 22
        while position >= lowest {
            defer { position -= 1 }
            guard reader.u32(position) == 0x0605_4B50,
                let (offset, count) = reader.centralDirectory(endRecord: position),
                visited.insert(offset).inserted
            else { continue }
            if let name = scan(reader, from: offset, count: min(count, maxRecords)) { return name }
        }
        return nil
    }

    private static func scan(_ reader: Reader, from offset: Int, count: Int) -> String? {
        var at = offset
        for _ in 0..<count {
            guard reader.u32(at) == 0x0201_4B50,
                let nameLength = reader.u16(at + 28), let extraLength = reader.u16(at + 30),
                let commentLength = reader.u16(at + 32),
                let name = reader.bytes(at + 46, nameLength),
                let extra = reader.bytes(at + 46 + nameLength, extraLength)
            else { return nil }
            if name.contains(0) { return String(decoding: name, as: UTF8.self) }
            if let unicode = unicodePathName(extra), unicode.contains(0) {
                return String(decoding: unicode, as: UTF8.self)
            }
            at += 46 + nameLength + extraLength + commentLength
        }
        return nil
    }

    /// The UTF-8 name of an Info-ZIP Unicode Path field (id 0x7075: version, CRC, name).
    private static func unicodePathName(_ extra: [UInt8]) -> ArraySlice<UInt8>? {
        var at = 0
        while at + 4 <= extra.count {
            let id = Int(extra[at]) | Int(extra[at + 1]) << 8
            let length = Int(extra[at + 2]) | Int(extra[at + 3]) << 8
            guard at + 4 + length <= extra.count else { return nil }
            if id == 0x7075 && length >= 5 { return extra[(at + 9)..<(at + 4 + length)] }
            at += 4 + length
        }
        return nil
    }

    /// Bounds-checked little-endian reads; out of range gives nil.
    private struct Reader {
        let bytes: ArchiveBytes

        func bytes(_ at: Int, _ count: Int) -> [UInt8]? {
            guard at >= 0, count >= 0, at <= bytes.count - count else { return nil }
            return (at..<(at + count)).map { bytes[$0] }
        }

        func u16(_ at: Int) -> Int? {
            guard at >= 0, at <= bytes.count - 2 else { return nil }
            return Int(bytes[at]) | Int(bytes[at + 1]) << 8
        }

        func u32(_ at: Int) -> Int? {
            guard let low = u16(at), let high = u16(at + 2) else { return nil }
            return low | high << 16
        }

        func u64(_ at: Int) -> Int? {
            guard let low = u32(at), let high = u32(at + 4), high < 0x8000_0000 else { return nil }
            return low | high << 32
        }

        /// Offset and entry count of the central directory an end record points to,
        /// following the Zip64 locator when the 32-bit fields are saturated.
        func centralDirectory(endRecord at: Int) -> (offset: Int, count: Int)? {
            guard let count = u16(at + 10), let offset = u32(at + 16) else { return nil }
            guard count == 0xFFFF || offset == 0xFFFF_FFFF else { return (offset, count) }
            guard u32(at - 20) == 0x0706_4B50, let record = u64(at - 12),
                u32(record) == 0x0606_4B50,
                let count64 = u64(record + 32), let offset64 = u64(record + 48)
            else { return (offset, count) }
            return (offset64, count64)
        }
    }
}
