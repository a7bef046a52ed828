/// Appends a value's text as markup: XML-escaped; line breaks, tabs and significant spaces
/// written the way the format wants them; characters XML 1.0 cannot hold left out.
struct TextWriting {
    /// Appends `text`; returns false when control characters had to be left out.
    static func append(_ text: String, with writer: ValueWriter, to output: inout [UInt8]) -> Bool {
        var text = text
        // A native string is one buffer of UTF-8 already: most values are copied from it unchanged.
        return text.withUTF8 { append(utf8: $0, with: writer, to: &output) }
    }

    private static func append(utf8 bytes: UnsafeBufferPointer<UInt8>, with writer: ValueWriter, to output: inout [UInt8]) -> Bool {
        var clean = true
        guard needsCare(bytes, spacesMatter: writer.spaceElement != nil) else {
            output.append(contentsOf: bytes)
            return true
        }
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

    /// Whether any byte must be escaped, replaced or dropped. Every such byte is below "?" or is
    /// 0xEF, so most bytes of most values are passed over with a single comparison. Where the
    /// format collapses spaces, a single space between words is still written as it is.
    private static func needsCare(_ bytes: UnsafeBufferPointer<UInt8>, spacesMatter: Bool) -> Bool {
        for index in bytes.indices where bytes[index] < UInt8(ascii: "?") || bytes[index] == 0xEF {
            switch bytes[index] {
            case ..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), 0xEF: return true
            case UInt8(ascii: " ") where spacesMatter:
                if index == 0 || index == bytes.count - 1 || bytes[index + 1] == UInt8(ascii: " ") { return true }
            default: continue
            }
        }
        return false
    }
}
