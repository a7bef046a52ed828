/// Reads CSV files as Polish offices export them.
///
/// - Encoding: see `TextDecoding` (UTF-8 with or without BOM, or Windows-1250).
/// - Separator: `;` (Polish Excel, where `,` is the decimal comma), `,` or tab, whichever
///   occurs most often outside quotes in the first non-empty line; a tie goes to `;`, then `,`.
///   Excel's `sep=;` first line, when present, decides instead (and is not a row).
/// - Quoting as RFC 4180: a value in double quotes may hold separators, line breaks and `""`
///   for a quote. Text after a closing quote is kept, as Excel does (`"a"b` is `ab`).
/// - Line ends: CRLF, LF or CR, also inside quoted values, where each becomes "\n" (as a line
///   break inside an xlsx or ods cell).
/// - Every value is `.text`: "00123", "05.03.1985" and "3,5" stay as written, because only
///   the caller knows whether a column holds postal codes, dates or amounts.
/// - A row's number is the line on which its record starts, since a quoted value can span
///   lines; messages call it a line.
enum CSVReader {
    static let quote = UInt8(ascii: "\""), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A

    static func read(_ bytes: [UInt8], file: String, limits: SheetLimits) throws(SheetError) -> Workbook {
        var builder = SheetBuilder(file: file, format: .csv, name: sheetName(file), limits: limits)
        let text: [UInt8]
        do {
            text = try TextDecoding.decode(bytes).utf8
        } catch {
            switch error {
            case .binary:
                throw SheetError(
                    SheetLocation(file: file),
                    .notASpreadsheet(
                        "to nie jest plik tekstowy (zawiera bajty zerowe), więc nie da się go odczytać jako CSV; jeśli zapisano go "
                            + "jako „Tekst Unicode”, zapisz go zamiast tego jako „CSV UTF-8”"))
            case .undecodable(let byte, let line):
                throw builder.error(.unknownEncoding(byte: byte), row: line)
            }
        }
        var budget = 0
        try parse(text, into: &builder, budget: &budget)
        return Workbook(file: file, format: .csv, sheets: [try builder.finish()])
    }

    /// "lista.csv" → "lista", as Excel names the sheet of an opened CSV file.
    static func sheetName(_ file: String) -> String {
        let base = file.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? file
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }

    static func parse(_ text: [UInt8], into builder: inout SheetBuilder, budget: inout Int) throws(SheetError) {
        let count = text.count
        var index = 0, line = 1
        let separator: UInt8
        if let explicit = explicitSeparator(text) {
            separator = explicit.separator
            index = explicit.next
            line = 2
        } else {
            separator = detectSeparator(text)
        }
        var field: [UInt8] = []
        while index < count {
            let recordLine = line
            var column = 1
            while true {
                let value: String
                if text[index] == quote {
                    let fieldLine = line
                    index += 1
                    field.removeAll(keepingCapacity: true)
                    quoted: while true {
                        guard index < count else {
                            throw builder.error(.unterminatedQuote(line: fieldLine), row: recordLine, column: column)
                        }
                        let byte = text[index]
                        index += 1
                        switch byte {
                        case quote:
                            guard index < count, text[index] == quote else { break quoted }
                            field.append(quote)
                            index += 1
                        case cr:
                            if index < count, text[index] == lf { index += 1 }
                            field.append(lf)
                            line += 1
                        case lf:
                            field.append(lf)
                            line += 1
                        default:
                            field.append(byte)
                        }
                    }
                    while index < count, text[index] != separator, text[index] != cr, text[index] != lf {
                        field.append(text[index])
                        index += 1
                    }
                    value = String(decoding: field, as: UTF8.self)
                } else {
                    let start = index
                    while index < count, text[index] != separator, text[index] != cr, text[index] != lf { index += 1 }
                    value = String(decoding: text[start..<index], as: UTF8.self)
                }
                try builder.add(value.isEmpty ? .empty : .text(value), column: column, row: recordLine, budget: &budget)
                guard index < count else { break }
                let byte = text[index]
                index += 1
                if byte == separator {
                    column += 1
                    guard index < count else { break }
                    continue
                }
                if byte == cr, index < count, text[index] == lf { index += 1 }
                line += 1
                break
            }
            try builder.endRow(recordLine)
        }
    }

    /// Excel's `sep=;` line: the separator and where the data starts.
    static func explicitSeparator(_ text: [UInt8]) -> (separator: UInt8, next: Int)? {
        guard text.count >= 5, text.starts(with: Array("sep=".utf8)) || text.starts(with: Array("SEP=".utf8)) else {
            return nil
        }
        let separator = text[4]
        guard separator != cr, separator != lf, separator != quote else { return nil }
        if text.count == 5 { return (separator, 5) }
        switch text[5] {
        case lf: return (separator, 6)
        case cr: return (separator, text.count > 6 && text[6] == lf ? 7 : 6)
        default: return nil
        }
    }

    static func detectSeparator(_ text: [UInt8]) -> UInt8 {
        var index = 0
        while index < text.count, text[index] == cr || text[index] == lf { index += 1 }
        var semicolons = 0, commas = 0, tabs = 0
        var inQuotes = false
        scan: while index < text.count {
            switch text[index] {
            case quote: inQuotes.toggle()
            case cr, lf: if !inQuotes { break scan }
            case UInt8(ascii: ";"): if !inQuotes { semicolons += 1 }
            case UInt8(ascii: ","): if !inQuotes { commas += 1 }
            case 0x09: if !inQuotes { tabs += 1 }
            default: break
            }
            index += 1
        }
        if semicolons >= commas && semicolons >= tabs { return UInt8(ascii: ";") }
        return commas >= tabs ? UInt8(ascii: ",") : 0x09
    }
}
