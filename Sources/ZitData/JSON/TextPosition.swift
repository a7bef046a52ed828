/// A place in a text as a person counts it: lines from 1, and characters, not bytes, from 1
/// within the line, so a line of Polish names points at the same place an editor shows.
struct TextPosition {
    var line = 1
    var column = 1

    /// The position of the byte at `offset`; an offset at the end stands just after the last character.
    init(ofByteAt offset: Int, in bytes: UnsafeRawBufferPointer) {
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0b1100_0000 != 0b1000_0000 {
                // A UTF-8 continuation byte belongs to the character already counted.
                column += 1
            }
        }
    }
}
