import ZitPackage
import ZitXML

/// Reads OpenDocument spreadsheets: .ods packages (content.xml) and flat .fods files.
///
/// ODF stores runs of equal rows and cells once with a repeat count, and LibreOffice uses that
/// for the empty rest of every sheet ("1,048,553 empty rows", "16,377 empty cells"). Empty
/// repeats are never expanded: they only move the row or column counter on. Repeats of real
/// content (two adjacent cells holding 0) are expanded, checked against the limits first.
enum ODSReader {
    static let officeNS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let tableNS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let textNS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let calcextNS = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"

    static let body = QualifiedName(officeNS, "body"), spreadsheet = QualifiedName(officeNS, "spreadsheet")
    static let table = QualifiedName(tableNS, "table"), tableRow = QualifiedName(tableNS, "table-row")
    static let rowContainers = ["table-row-group", "table-header-rows", "table-rows"].map { QualifiedName(tableNS, $0) }
    static let tableCell = QualifiedName(tableNS, "table-cell")
    static let coveredCell = QualifiedName(tableNS, "covered-table-cell")
    static let tableName = QualifiedName(tableNS, "name")
    static let rowsRepeated = QualifiedName(tableNS, "number-rows-repeated")
    static let columnsRepeated = QualifiedName(tableNS, "number-columns-repeated")
    static let valueType = QualifiedName(officeNS, "value-type")
    static let calcextValueType = QualifiedName(calcextNS, "value-type")
    static let value = QualifiedName(officeNS, "value"), dateValue = QualifiedName(officeNS, "date-value")
    static let timeValue = QualifiedName(officeNS, "time-value"),
        booleanValue = QualifiedName(officeNS, "boolean-value")
    static let stringValue = QualifiedName(officeNS, "string-value")
    static let paragraph = QualifiedName(textNS, "p"), heading = QualifiedName(textNS, "h")
    static let paragraphContainers = ["list", "list-item", "list-header", "section"].map { QualifiedName(textNS, $0) }
    static let space = QualifiedName(textNS, "s"), spaceCount = QualifiedName(textNS, "c")
    static let tab = QualifiedName(textNS, "tab"), lineBreak = QualifiedName(textNS, "line-break")
    static let note = QualifiedName(textNS, "note"), annotation = QualifiedName(officeNS, "annotation")
    static let rubyText = QualifiedName(textNS, "ruby-text")

    /// Repeat counts above this are treated as this; the largest sheets have 2^24 rows.
    static let largestRepeat = 1 << 30

    static func read(_ package: Package, limits: SheetLimits) throws(SheetError) -> Workbook {
        let document = try XMLParts.parse("content.xml", in: package)
        return try read(document, file: package.name, limits: limits)
    }

    /// A flat OpenDocument file (.fods): the same content in one XML document.
    static func readFlat(_ bytes: [UInt8], file: String, limits: SheetLimits) throws(SheetError) -> Workbook {
        let document = try XMLParts.parse(bytes, part: nil, file: file)
        return try read(document, file: file, limits: limits)
    }

    static func read(_ document: XMLDocument, file: String, limits: SheetLimits) throws(SheetError) -> Workbook {
        guard let root = document.root,
            let bodyNode = XMLParts.elements(of: root).first(where: { $0.isElement(body) }),
            let sheetsNode = XMLParts.elements(of: bodyNode).first(where: { $0.isElement(spreadsheet) })
        else {
            throw SheetError(
                SheetLocation(file: file),
                .notASpreadsheet(
                    "to plik OpenDocument, ale nie arkusz; lista musi być arkuszem programu Calc lub Excel (.ods, .xlsx) albo plikiem .csv"
                ))
        }
        var budget = 0
        var sheets: [Sheet] = []
        for node in XMLParts.elements(of: sheetsNode) where node.isElement(table) {
            let name = node.attribute(tableName) ?? "Sheet\(sheets.count + 1)"
            var builder = SheetBuilder(file: file, format: .ods, name: name, limits: limits)
            var nextRow = 1
            try readRows(in: node, nextRow: &nextRow, into: &builder, budget: &budget)
            sheets.append(try builder.finish())
        }
        return Workbook(file: file, format: .ods, sheets: sheets)
    }

    /// Rows stand directly in the table or inside row groups and header-row sections.
    private static func readRows(
        in container: XMLNode, nextRow: inout Int, into builder: inout SheetBuilder, budget: inout Int
    ) throws(SheetError) {
        for node in XMLParts.elements(of: container) {
            if node.isElement(tableRow) {
                try readRow(node, number: &nextRow, into: &builder, budget: &budget)
            } else if rowContainers.contains(where: { node.isElement($0) }) {
                try readRows(in: node, nextRow: &nextRow, into: &builder, budget: &budget)
            }
        }
    }

    private static func readRow(_ node: XMLNode, number: inout Int, into builder: inout SheetBuilder, budget: inout Int)
        throws(SheetError)
    {
        let rows = repeatCount(node.attribute(rowsRepeated))
        var column = 1
        for cell in XMLParts.elements(of: node) {
            // A covered cell is the hidden part of a merged cell: it takes a column but the
            // program does not show what it may still contain.
            let covered = cell.isElement(coveredCell)
            guard covered || cell.isElement(tableCell) else { continue }
            let columns = repeatCount(cell.attribute(columnsRepeated))
            if !covered {
                let value = try cellValue(cell, builder: builder, row: number, column: column)
                if !value.isEmpty {
                    guard number <= largestRepeat else {
                        throw builder.error(
                            .damaged("arkusz ma więcej wierszy, niż obsługuje jakikolwiek program do arkuszy"))
                    }
                    try builder.add(value, columns: column, count: columns, row: number, budget: &budget)
                }
            }
            column = min(column + columns, Int.max / 2)
        }
        try builder.endRow(number, repeated: rows, budget: &budget)
        number = min(number + rows, Int.max / 2)
    }

    static func repeatCount(_ text: String?) -> Int {
        guard let text else { return 1 }
        guard let count = Int(text) else {
            return !text.isEmpty && text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) ? largestRepeat : 1
        }
        return min(max(count, 1), largestRepeat)
    }

    // MARK: Values

    private static func cellValue(_ cell: XMLNode, builder: SheetBuilder, row: Int, column: Int) throws(SheetError)
        -> CellValue
    {
        // LibreOffice writes a formula error as an empty string with calcext:value-type="error"
        // and the error's name as the displayed text.
        if cell.attribute(calcextValueType) == "error" {
            return .error(cellText(cell, limit: builder.limits.maxCellText))
        }
        func damaged(_ what: String) -> SheetError { builder.error(.damaged(what), row: row, column: column) }
        switch cell.attribute(valueType) {
        case "float", "percentage", "currency":
            guard let raw = cell.attribute(value) else { return text(cell, builder) }
            guard let number = Double(raw) else {
                throw damaged("liczba w komórce („\(raw)”) nie jest poprawną liczbą")
            }
            return .number(number)
        case "date":
            guard let raw = cell.attribute(dateValue) else { return text(cell, builder) }
            guard let date = SheetDate(iso: raw) else {
                throw damaged("data w komórce („\(raw)”) nie jest poprawną datą")
            }
            return .date(date)
        case "time":
            guard let raw = cell.attribute(timeValue) else { return text(cell, builder) }
            guard let seconds = durationSeconds(raw) else {
                throw damaged("czas w komórce („\(raw)”) nie jest poprawną godziną")
            }
            let rounded = seconds.rounded()
            if rounded >= 0 && rounded < 86_400 { return .time(SheetTime(secondsSinceMidnight: Int(rounded))) }
            return .number(seconds / 86_400)  // a duration of a day or more: days, as xlsx stores it
        case "boolean":
            guard let raw = cell.attribute(booleanValue) else { return text(cell, builder) }
            return .bool(raw == "true" || raw == "1")
        case "string":
            if let raw = cell.attribute(stringValue) { return raw.isEmpty ? .empty : .text(raw) }
            return text(cell, builder)
        default:
            return text(cell, builder)
        }
    }

    private static func text(_ cell: XMLNode, _ builder: SheetBuilder) -> CellValue {
        let text = cellText(cell, limit: builder.limits.maxCellText)
        return text.isEmpty ? .empty : .text(text)
    }

    /// ISO 8601 durations as ODF writes times of day: "PT09H30M00S", "P0DT09H30M15.5S", "-PT1H".
    static func durationSeconds(_ text: String) -> Double? {
        var scalars = Substring(text)
        var sign = 1.0
        if scalars.first == "-" { sign = -1; scalars = scalars.dropFirst() }
        guard scalars.first == "P" else { return nil }
        scalars = scalars.dropFirst()
        var total = 0.0, number = "", inTime = false, sawPart = false
        for character in scalars {
            switch character {
            case "0"..."9", ".", ",": number.append(character == "," ? "." : character)
            case "T": guard number.isEmpty, !inTime else { return nil }; inTime = true
            case "D", "H", "M", "S":
                guard let value = Double(number) else { return nil }
                let unit: Double
                switch (character, inTime) {
                case ("D", false): unit = 86_400
                case ("H", true): unit = 3_600
                case ("M", true): unit = 60
                case ("S", true): unit = 1
                default: return nil  // years and months have no fixed length
                }
                total += value * unit
                number = ""
                sawPart = true
            default:
                return nil
            }
        }
        return sawPart && number.isEmpty ? sign * total : nil
    }

    // MARK: Text

    /// The cell's paragraphs joined with "\n", with ODF's white-space rules applied: runs of
    /// spaces, tabs and line ends in the XML count as one space and vanish at the start and end
    /// of a paragraph; `<text:s text:c="3"/>` is three real spaces, `<text:tab/>` a tab and
    /// `<text:line-break/>` a line break. Comments and footnotes are not part of the value.
    /// Stops collecting once the text is certainly over `limit` UTF-16 units (so a crafted
    /// `<text:s text:c="1000000000"/>` costs nothing); the builder then reports it as too long.
    static func cellText(_ cell: XMLNode, limit: Int) -> String {
        var collector = TextCollector(cap: limit.multipliedReportingOverflow(by: 3).partialValue + 4)
        collectParagraphs(in: cell, into: &collector)
        return collector.output
    }

    private static func collectParagraphs(in node: XMLNode, into collector: inout TextCollector) {
        for child in XMLParts.elements(of: node) {
            if child.isElement(paragraph) || child.isElement(heading) {
                collector.startParagraph()
                collectInline(child, into: &collector)
            } else if paragraphContainers.contains(where: { child.isElement($0) }) {
                collectParagraphs(in: child, into: &collector)
            }
        }
    }

    private static func collectInline(_ node: XMLNode, into collector: inout TextCollector) {
        var next = node.firstChild
        while let child = next, !collector.isFull {
            next = child.nextSibling
            switch child.kind {
            case .text:
                collector.appendXMLText(child.text)
            case .element:
                if child.isElement(space) {
                    let count = child.attribute(spaceCount).flatMap { Int($0) } ?? 1
                    collector.appendLiteral(" ", count: count)
                } else if child.isElement(tab) {
                    collector.appendLiteral("\t", count: 1)
                } else if child.isElement(lineBreak) {
                    collector.appendLiteral("\n", count: 1)
                } else if child.isElement(note) || child.isElement(annotation) || child.isElement(rubyText) {
                    continue
                } else {
                    collectInline(child, into: &collector)  // spans, links, fields
                }
            default:
                continue
            }
        }
    }

    struct TextCollector {
        let cap: Int
        var output = ""
        private var paragraphs = 0
        private var paragraphHasText = false
        private var pendingSpace = false

        init(cap: Int) { self.cap = cap }

        var isFull: Bool { output.utf8.count > cap }

        mutating func startParagraph() {
            if paragraphs > 0 { output.append("\n") }
            paragraphs += 1
            paragraphHasText = false
            pendingSpace = false
        }

        mutating func appendXMLText(_ text: String) {
            for scalar in text.unicodeScalars {
                if isFull { return }
                switch scalar {
                case " ", "\t", "\n", "\r":
                    if paragraphHasText { pendingSpace = true }
                default:
                    flushSpace()
                    output.unicodeScalars.append(scalar)
                    paragraphHasText = true
                }
            }
        }

        mutating func appendLiteral(_ character: Character, count: Int) {
            guard count > 0, !isFull else { return }
            flushSpace()
            output.append(String(repeating: String(character), count: min(count, cap + 1 - output.utf8.count)))
            paragraphHasText = true
        }

        private mutating func flushSpace() {
            if pendingSpace { output.append(" ") }
            pendingSpace = false
        }
    }
}
