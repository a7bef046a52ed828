/// Turns the bytes of a CSV file into UTF-8, deciding the encoding without guessing.
///
/// Polish offices send two kinds of CSV: Excel's "CSV UTF-8" (with a byte order mark) and the
/// plain "CSV (rozdzielany przecinkami)", which Polish Windows writes in Windows-1250. Text
/// that is valid UTF-8 is almost never Windows-1250 Polish (ł, ś, ż there are single bytes
/// that cannot stand alone in UTF-8), so strict UTF-8 is tried first and Windows-1250 is the
/// only fallback. Other encodings (ISO-8859-2, CP852) are not guessed: they would decode
/// without an error into wrong letters. A byte order mark settles UTF-8 and UTF-16.
enum TextDecoding {
    enum Encoding: Equatable {
        case utf8, utf16LittleEndian, utf16BigEndian, windows1250
    }

    enum Failure: Error {
        /// A NUL byte: binary data, or UTF-16 without a byte order mark.
        case binary
        /// A byte that is not UTF-8 (after a UTF-8 byte order mark) or is undefined in
        /// Windows-1250; `line` is 1-based.
        case undecodable(byte: UInt8, line: Int)
    }

    /// The text as UTF-8 bytes, without a byte order mark.
    static func decode(_ bytes: [UInt8]) throws(Failure) -> (utf8: [UInt8], encoding: Encoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            if let bad = firstInvalidUTF8(body) { throw .undecodable(byte: body[bad], line: line(of: bad, in: body)) }
            return (body, .utf8)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 2
            while index + 1 < bytes.count {
                let (a, b) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
                units.append(little ? a | b << 8 : a << 8 | b)
                index += 2
            }
            return (Array(String(decoding: units, as: UTF16.self).utf8), little ? .utf16LittleEndian : .utf16BigEndian)
        }
        if bytes.contains(0) { throw .binary }
        guard firstInvalidUTF8(bytes) != nil else { return (bytes, .utf8) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for (offset, byte) in bytes.enumerated() {
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            let code = windows1250[Int(byte - 0x80)]
            guard code != 0, let scalar = Unicode.Scalar(code) else {
                throw .undecodable(byte: byte, line: line(of: offset, in: bytes))
            }
            UTF8.encode(scalar) { output.append($0) }
        }
        return (output, .windows1250)
    }

    /// The offset of the first byte that makes the data invalid UTF-8, nil when it is valid.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var offset = 0
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset  // where the bad sequence starts
            }
        }
    }

    private static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        1 + bytes[..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// Windows-1250 (Microsoft's code page for Central European languages) for bytes
    /// 0x80–0xFF; below 0x80 it is ASCII. 0 marks the five bytes the code page leaves
    /// undefined (0x81, 0x83, 0x88, 0x90, 0x98). Polish letters: Ą A5, ą B9, Ć C6, ć E6,
    /// Ę CA, ę EA, Ł A3, ł B3, Ń D1, ń F1, Ó D3, ó F3, Ś 8C, ś 9C, Ź 8F, ź 9F, Ż AF, ż BF;
    /// also „ 84 and ” 94, the Polish quotation marks, and – 96, — 97.
    static let windows1250: [UInt32] = [
        0x20AC, 0x0000, 0x201A, 0x0000, 0x201E, 0x2026, 0x2020, 0x2021,  // 0x80
        0x0000, 0x2030, 0x0160, 0x2039, 0x015A, 0x0164, 0x017D, 0x0179,  // 0x88
        0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 0x90
        0x0000, 0x2122, 0x0161, 0x203A, 0x015B, 0x0165, 0x017E, 0x017A,  // 0x98
        0x00A0, 0x02C7, 0x02D8, 0x0141, 0x00A4, 0x0104, 0x00A6, 0x00A7,  // 0xA0
        0x00A8, 0x00A9, 0x015E, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x017B,  // 0xA8
        0x00B0, 0x00B1, 0x02DB, 0x0142, 0x00B4, 0x00B5, 0x00B6, 0x00B7,  // 0xB0
        0x00B8, 0x0105, 0x015F, 0x00BB, 0x013D, 0x02DD, 0x013E, 0x017C,  // 0xB8
        0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7,  // 0xC0
        0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E,  // 0xC8
        0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7,  // 0xD0
        0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF,  // 0xD8
        0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7,  // 0xE0
        0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED, 0x00EE, 0x010F,  // 0xE8
        0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7,  // 0xF0
        0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9  // 0xF8
    ]
}
