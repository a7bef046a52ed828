import Foundation

/// Appends a value's text as markup: XML-escaped; line breaks, tabs and significant spaces
/// written the way the format wants them; characters XML 1.0 cannot hold left out.
struct TextWriting {
    /// Appends `text`; returns false when control characters had to be left out.
    /// `spacesMatter` is `writer.spaceElement != nil`, known before the writer is needed:
    /// most values need no care, and are copied without it.
    static func append(
        _ text: String, spacesMatter: Bool, with writer: @autoclosure () -> ValueWriter, to output: inout [UInt8]
    ) -> Bool {
        // A native string is one buffer of UTF-8 already: most values are copied from it unchanged.
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard !needsCare(bytes, spacesMatter: spacesMatter) else { return false }
            output.append(contentsOf: bytes)
            return true
        }
        if copied == true { return true }
        var text = text
        let writer = writer()
        return text.withUTF8 { appendCarefully($0, with: writer, to: &output) }
    }

    /// Appends the decimal digits of `number` (a list's "Lp."): nothing in them to escape.
    static func appendDecimal(_ number: Int, to output: inout [UInt8]) {
        guard number > 0 else {
            output.append(contentsOf: String(number).utf8)
            return
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for Int.max's 19 digits
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            var rest = number
            while rest > 0 {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            output.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[start...]))
        }
    }

    private static func appendCarefully(
        _ bytes: UnsafeBufferPointer<UInt8>, with writer: ValueWriter, to output: inout [UInt8]
    ) -> Bool {
        var clean = true
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: ampersand)
            case UInt8(ascii: "<"): output.append(contentsOf: lessThan)
            case UInt8(ascii: ">"): output.append(contentsOf: greaterThan)
            case UInt8(ascii: "\n"): output.append(contentsOf: writer.lineBreak)
            case UInt8(ascii: "\r"):
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { break }
                output.append(contentsOf: writer.lineBreak)
            case UInt8(ascii: "\t"): output.append(contentsOf: writer.tab)
            case UInt8(ascii: " "):
                guard let element = writer.spaceElement else {
                    output.append(byte)
                    break
                }
                var end = index
                while end < bytes.count, bytes[end] == UInt8(ascii: " ") { end += 1 }
                var count = end - index
                // ODF collapses a run of spaces into one and drops them at a paragraph's edge:
                // keep the first inner space as typed, write the others as text:s.
                if index > 0, end < bytes.count {
                    output.append(byte)
                    count -= 1
                }
                if count > 0 {
                    let prefix = element.contains(":") ? "\(element.prefix(while: { $0 != ":" })):" : ""
                    let counted = count == 1 ? "" : " \(prefix)c=\"\(count)\""
                    output.append(contentsOf: Array("<\(element)\(counted)/>".utf8))
                }
                index = end
                continue
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                clean = false  // U+FFFE, U+FFFF
                index += 3
                continue
            case ..<0x20:
                clean = false
            default:
                output.append(byte)
            }
            index += 1
        }
        return clean
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)

    /// Whether any byte must be escaped, replaced or dropped: a control character, `&`, `<`,
    /// `>` or 0xEF (which starts U+FFFE and U+FFFF). Eight bytes are tested at a time, as every
    /// byte of every value passes through here. Where the format collapses spaces, a single
    /// space between words is still written as it is; one at either end, or two together, not.
    private static func needsCare(_ bytes: UnsafeBufferPointer<UInt8>, spacesMatter: Bool) -> Bool {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return false }
        let space = UInt8(ascii: " ")
        if spacesMatter {
            if bytes[0] == space || bytes[bytes.count - 1] == space { return true }
            var from = 0
            while from < bytes.count, let found = memchr(start + from, Int32(space), bytes.count - from) {
                let at = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - start
                if bytes[at + 1] == space { return true }  // never the last byte: tested above
                from = at + 1
            }
        }
        let raw = UnsafeRawPointer(start)
        guard bytes.count >= 8 else {
            // A short value in a word of its own, the rest filled with "@", which needs no care.
            var word: UInt64 = 0x4040_4040_4040_4040
            withUnsafeMutableBytes(of: &word) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
            return holdsCareByte(word)
        }
        var index = 0
        while index + 8 < bytes.count {
            if holdsCareByte(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { return true }
            index += 8
        }
        // The last eight bytes, overlapping what was tested already.
        return holdsCareByte(raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether any of the eight bytes is below 0x20 or is `&`, `<`, `>` or 0xEF (the classic
    /// word-at-a-time tests: a byte below n, a byte equal to zero after an exclusive or).
    @inline(__always)
    private static func holdsCareByte(_ word: UInt64) -> Bool {
        func holdsZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highBits != 0 }
        let control = (word &- ones &* 0x20) & ~word & highBits != 0
        return control || holdsZero(word ^ (ones &* 0x26)) || holdsZero(word ^ (ones &* 0x3C))
            || holdsZero(word ^ (ones &* 0x3E)) || holdsZero(word ^ (ones &* 0xEF))
    }
}
