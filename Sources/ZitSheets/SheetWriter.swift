import ZitPackage

/// Writes a simple one-sheet .xlsx (text cells, a bold header row, frozen under the header, columns
/// as wide as their text) that Excel and LibreOffice open without a warning: for lists handed to an auditor.
public enum SheetWriter {
    public static func xlsx(sheetName: String, header: [String], rows: [[String]], to path: String) throws(PackageError)
    {
        let empty = try Package(bytes: [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18), name: path)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbook(sheetName)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles),
            ("xl/worksheets/sheet1.xml", worksheet(header: header, rows: rows))
        ]
        try PackageWriter(source: empty).write(parts.map { .deflated($0.0, Array($0.1.utf8)) }, to: path)
    }

    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20: continue  // XML 1.0 cannot hold it
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func worksheet(header: [String], rows: [[String]]) -> String {
        func row(_ cells: [String], number: Int, style: Int) -> String {
            let body = cells.enumerated().map { column, text in
                #"<c r="\#(SheetColumn.letters(column + 1))\#(number)" t="inlineStr"\#(style > 0 ? " s=\"\(style)\"" : "")><is><t xml:space="preserve">\#(escaped(text))</t></is></c>"#
            }.joined()
            return #"<row r="\#(number)">\#(body)</row>"#
        }
        let lines = [row(header, number: 1, style: 1)] + rows.enumerated().map { row($1, number: $0 + 2, style: 0) }
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
            + columns(widths(header: header, rows: rows)) + "<sheetData>"
            + lines.joined() + "</sheetData></worksheet>"
    }

    /// Each column as wide as its longest text (in characters, plus a margin), at least 8 and at most
    /// 70: a 64-digit checksum shows whole, a long description stops at 70 and the rest stays in the cell.
    static func widths(header: [String], rows: [[String]]) -> [Int] {
        var widths = header.map(\.count)
        for cells in rows {
            for (column, text) in cells.enumerated() {
                let longest = text.split(whereSeparator: \.isNewline).map(\.count).max() ?? 0
                if column < widths.count {
                    widths[column] = max(widths[column], longest)
                } else {
                    widths.append(longest)
                }
            }
        }
        return widths.map { min(70, max(8, $0 + 2)) }
    }

    static func columns(_ widths: [Int]) -> String {
        guard !widths.isEmpty else { return "" }
        return "<cols>"
            + widths.enumerated().map { #"<col min="\#($0 + 1)" max="\#($0 + 1)" width="\#($1)" customWidth="1"/>"# }
            .joined() + "</cols>"
    }

    static func workbook(_ name: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="\#(escaped(String(name.prefix(31))))" sheetId="1" r:id="rId1"/></sheets></workbook>"#
    }

    static let contentTypes =
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"#

    static let rootRelationships =
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#

    static let workbookRelationships =
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#

    /// Two cell formats: the default, and bold for the header row.
    static let styles =
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>"#
}
