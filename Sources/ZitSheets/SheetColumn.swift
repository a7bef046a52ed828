/// Column names as spreadsheet programs show them: 1 is "A", 26 "Z", 27 "AA", 16384 "XFD".
public enum SheetColumn {
    /// The letters for a 1-based column number; "" for numbers below 1.
    public static func letters(_ column: Int) -> String {
        guard column >= 1 else { return "" }
        var scalars: [Unicode.Scalar] = []
        var rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit)))
            rest = (rest - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// The 1-based number for column letters ("C" → 3, "ab" → 28); nil for anything that is not
    /// one to three letters (the last column a spreadsheet has is "XFD").
    public static func number(_ letters: String) -> Int? {
        let bytes = Array(letters.utf8)
        guard (1...3).contains(bytes.count) else { return nil }
        var value = 0
        for byte in bytes {
            let upper = byte & ~0x20  // ASCII letters: clear the lower-case bit
            guard upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") else { return nil }
            value = value * 26 + Int(upper - UInt8(ascii: "A")) + 1
        }
        return value
    }

    /// Splits an A1 cell reference ("C14", "$C$14") into column and row, straight from the
    /// attribute's UTF-8 without building substrings (sheets have millions of cells). Numbers
    /// that would overflow are refused rather than wrapped.
    static func parseReference(_ reference: String) -> (column: Int, row: Int?)? {
        var column = 0, row = 0, letters = 0, digits = 0
        for byte in reference.utf8 {
            if byte == UInt8(ascii: "$") { continue }
            let upper = byte & ~0x20
            if digits == 0, upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") {
                letters += 1
                guard letters <= 7 else { return nil }
                column = column * 26 + Int(upper - UInt8(ascii: "A")) + 1
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                digits += 1
                guard digits <= 10 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
            } else {
                return nil
            }
        }
        guard letters > 0 else { return nil }
        return (column, digits > 0 ? row : nil)
    }
}
