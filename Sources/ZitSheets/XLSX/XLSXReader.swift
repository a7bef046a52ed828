import ZitPackage
import ZitXML

/// Reads Office Open XML workbooks (.xlsx, .xlsm) as Excel and LibreOffice write them.
///
/// The path to every part is followed through the package relationships instead of assumed,
/// because writers differ: Excel writes relative targets ("worksheets/sheet1.xml"), others
/// absolute ones ("/xl/worksheets/sheet1.xml"). Element names are matched in both the
/// Transitional namespace (what everyone writes) and the Strict one (Excel's "Strict Open XML
/// Spreadsheet"), which differ only in the namespace URI.
enum XLSXReader {
    // MARK: Names

    /// A SpreadsheetML element in either namespace.
    struct Name {
        let transitional: QualifiedName
        let strict: QualifiedName
        init(_ local: String) {
            transitional = QualifiedName("http://schemas.openxmlformats.org/spreadsheetml/2006/main", local)
            strict = QualifiedName("http://purl.oclc.org/ooxml/spreadsheetml/main", local)
        }
        func matches(_ node: XMLNode) -> Bool { node.isElement(transitional) || node.isElement(strict) }
    }

    static let workbook = Name("workbook"), workbookPr = Name("workbookPr"), sheets = Name("sheets"),
        sheet = Name("sheet"), sheetData = Name("sheetData"), row = Name("row"), cell = Name("c"),
        value = Name("v"), inlineString = Name("is"), text = Name("t"), run = Name("r"),
        stringItem = Name("si"), numFmts = Name("numFmts"), numFmt = Name("numFmt"),
        cellXfs = Name("cellXfs"), xf = Name("xf")

    static let relationshipID = [
        QualifiedName("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"),
        QualifiedName("http://purl.oclc.org/ooxml/officeDocument/relationships", "id")
    ]
    static let r = QualifiedName("", "r"), t = QualifiedName("", "t"), s = QualifiedName("", "s")

    // MARK: Workbook

    /// The main part named by the package's root relationships (`_rels/.rels`), or the
    /// conventional xl/workbook.xml; nil when the package has neither. Whether it really is a
    /// workbook (and not, say, a Word document) is settled by `read`.
    static func workbookPart(in package: Package) throws(SheetError) -> String? {
        if package.contains("_rels/.rels") {
            let relationships = try Relationships(part: "_rels/.rels", in: package)
            if let main = relationships.first(ofType: "officeDocument"),
                let part = package.entryName(matching: resolve(main.target, from: ""))
            {
                return part
            }
        }
        return package.entryName(matching: "xl/workbook.xml")
    }

    /// Nil when the main part is not a SpreadsheetML workbook.
    static func read(_ package: Package, workbookPart: String, limits: SheetLimits) throws(SheetError) -> Workbook? {
        let file = package.name
        let document = try XMLParts.parse(workbookPart, in: package)
        guard let root = document.root, workbook.matches(root) else { return nil }

        var date1904 = false
        var entries: [(name: String, id: String?)] = []
        for child in XMLParts.elements(of: root) {
            if workbookPr.matches(child), let value = child.attribute(QualifiedName("", "date1904")) {
                date1904 = value == "1" || value == "true"
            } else if sheets.matches(child) {
                for entry in XMLParts.elements(of: child) where sheet.matches(entry) {
                    let name = entry.attribute(QualifiedName("", "name")) ?? "Sheet\(entries.count + 1)"
                    entries.append((name, relationshipID.lazy.compactMap { entry.attribute($0) }.first))
                }
            }
        }

        let relationships = try Relationships(part: relationshipsPart(of: workbookPart), in: package, optional: true)
        let shared =
            try relationships.first(ofType: "sharedStrings").map { (link) throws(SheetError) in
                try sharedStrings(part(link, from: workbookPart, in: package), in: package)
            } ?? []
        let styles =
            try relationships.first(ofType: "styles").map { (link) throws(SheetError) in
                try Styles(part: part(link, from: workbookPart, in: package), in: package)
            } ?? Styles()

        var budget = 0
        var result: [Sheet] = []
        for entry in entries {
            guard let id = entry.id, let link = relationships.byID[id] else {
                throw SheetError(
                    SheetLocation(file: file, format: .xlsx, sheet: entry.name),
                    .damaged("skoroszyt wymienia ten arkusz, ale plik nie zawiera jego treści"))
            }
            // Chart sheets, dialog sheets and macro sheets have no cells to read.
            guard link.type.hasSuffix("/worksheet") else { continue }
            let sheetPart = try part(link, from: workbookPart, in: package, sheet: entry.name)
            var builder = SheetBuilder(file: file, format: .xlsx, name: entry.name, limits: limits)
            let context = SheetContext(
                sharedStrings: shared, styles: styles, date1904: date1904, part: sheetPart)
            try readSheet(
                try XMLParts.parse(sheetPart, in: package, sheet: entry.name),
                context, into: &builder, budget: &budget)
            result.append(try builder.finish())
        }
        return Workbook(file: file, format: .xlsx, sheets: result)
    }

    private static func part(_ link: Relationships.Link, from source: String, in package: Package, sheet: String? = nil)
        throws(SheetError) -> String
    {
        let path = resolve(link.target, from: source)
        guard let part = package.entryName(matching: path) else {
            throw SheetError(
                SheetLocation(file: package.name, format: .xlsx, sheet: sheet),
                .damaged("brak części \(path)"))
        }
        return part
    }

    // MARK: Shared strings and styles

    /// Texts used by `t="s"` cells, in order. Rich text (`<r>` runs with their own fonts) is
    /// joined into plain text; phonetic guides (`<rPh>`, Japanese furigana) are not part of it.
    static func sharedStrings(_ part: String, in package: Package) throws(SheetError) -> [String] {
        let document = try XMLParts.parse(part, in: package)
        guard let root = document.root else { return [] }
        var strings: [String] = []
        for item in XMLParts.elements(of: root) where stringItem.matches(item) {
            strings.append(richText(item))
        }
        return strings
    }

    /// The text of an `<si>` or `<is>` element.
    static func richText(_ node: XMLNode) -> String {
        var result = ""
        for child in XMLParts.elements(of: node) {
            if text.matches(child) {
                result += child.text
            } else if run.matches(child) {
                for part in XMLParts.elements(of: child) where text.matches(part) { result += part.text }
            }
        }
        return result.decodingOOXMLEscapes()
    }

    /// The number format kind of every cell style, by style index.
    struct Styles {
        var kinds: [NumberFormat.Kind] = []

        init() {}

        init(part: String, in package: Package) throws(SheetError) {
            let document = try XMLParts.parse(part, in: package)
            guard let root = document.root else { return }
            var custom: [Int: NumberFormat.Kind] = [:]
            for child in XMLParts.elements(of: root) where numFmts.matches(child) {
                for format in XMLParts.elements(of: child) where numFmt.matches(format) {
                    if let id = format.attribute(QualifiedName("", "numFmtId")).flatMap({ Int($0) }),
                        let code = format.attribute(QualifiedName("", "formatCode"))
                    {
                        custom[id] = NumberFormat.kind(code: code)
                    }
                }
            }
            for child in XMLParts.elements(of: root) where cellXfs.matches(child) {
                for style in XMLParts.elements(of: child) where xf.matches(style) {
                    let id = style.attribute(QualifiedName("", "numFmtId")).flatMap { Int($0) } ?? 0
                    kinds.append(custom[id] ?? NumberFormat.kind(builtIn: id))
                }
            }
        }

        /// A style index the file does not define shows as General, as in Excel.
        func kind(_ index: Int) -> NumberFormat.Kind {
            index >= 0 && index < kinds.count ? kinds[index] : .number
        }
    }

    // MARK: Worksheets

    struct SheetContext {
        let sharedStrings: [String]
        let styles: Styles
        let date1904: Bool
        let part: String
    }

    /// Rows and cells in file order. A row without `r` follows the previous one, and a cell
    /// without `r` the previous cell, as Excel reads them; missing cells are simply absent.
    static func readSheet(
        _ document: XMLDocument, _ context: SheetContext, into builder: inout SheetBuilder, budget: inout Int
    ) throws(SheetError) {
        guard let root = document.root,
            let data = XMLParts.elements(of: root).first(where: { sheetData.matches($0) })
        else { return }
        var rowNumber = 0
        for rowNode in XMLParts.elements(of: data) where row.matches(rowNode) {
            if let reference = rowNode.attribute(r) {
                guard let number = Int(reference), number >= 1, number <= 1_000_000_000 else {
                    throw builder.error(
                        .damaged("wiersz ma numer „\(reference)”, który nie jest poprawnym numerem wiersza"),
                        row: rowNumber > 0 ? rowNumber + 1 : nil)
                }
                rowNumber = number
            } else {
                rowNumber += 1
            }
            var column = 0
            for cellNode in XMLParts.elements(of: rowNode) where cell.matches(cellNode) {
                if let reference = cellNode.attribute(r) {
                    guard let parsed = SheetColumn.parseReference(reference) else {
                        throw builder.error(
                            .damaged("komórka ma adres „\(reference)”, który nie jest poprawnym adresem komórki"),
                            row: rowNumber)
                    }
                    column = parsed.column
                } else {
                    column += 1
                }
                let value = try cellValue(cellNode, context, builder: builder, row: rowNumber, column: column)
                try builder.add(value, column: column, row: rowNumber, budget: &budget)
            }
            try builder.endRow(rowNumber)
        }
    }

    private static func cellValue(
        _ node: XMLNode, _ context: SheetContext, builder: SheetBuilder, row: Int, column: Int
    ) throws(SheetError) -> CellValue {
        var valueNode: XMLNode?, inlineNode: XMLNode?
        for child in XMLParts.elements(of: node) {
            if value.matches(child) { valueNode = child } else if inlineString.matches(child) { inlineNode = child }
        }
        let type = node.attribute(t) ?? "n"
        if type == "inlineStr" {
            return .text(inlineNode.map(richText) ?? valueNode?.text.decodingOOXMLEscapes() ?? "")
        }
        // A formula whose result was never calculated (no <v>) shows nothing yet.
        guard let raw = valueNode?.text, !raw.isEmpty else { return .empty }
        switch type {
        case "s":
            guard let index = Int(raw.trimming(" \t\r\n")), index >= 0, index < context.sharedStrings.count else {
                throw builder.error(
                    .damaged("komórka odwołuje się do wspólnego tekstu nr \(raw), którego plik nie zawiera"),
                    row: row, column: column)
            }
            return .text(context.sharedStrings[index])
        case "str":
            return .text(raw.decodingOOXMLEscapes())
        case "b":
            return .bool(raw.trimming(" \t\r\n") == "1" || raw == "true")
        case "e":
            return .error(raw)
        case "d":
            guard let date = SheetDate(iso: raw.trimming(" \t\r\n")) else {
                throw builder.error(
                    .damaged("data w komórce („\(raw)”) nie jest poprawną datą"), row: row, column: column)
            }
            // A time of day alone is written on Excel's day zero, 1899-12-31 (or 1899-12-30).
            let kind = node.attribute(s).flatMap { Int($0) }.map { context.styles.kind($0) } ?? .number
            if kind == .time, let time = date.time, date.year < 1900 { return .time(time) }
            return .date(date)
        default:
            guard let number = Double(raw.trimming(" \t\r\n")) else {
                throw builder.error(
                    .damaged("liczba w komórce („\(raw)”) nie jest poprawną liczbą"), row: row, column: column)
            }
            let kind = node.attribute(s).flatMap { Int($0) }.map { context.styles.kind($0) } ?? .number
            return kind == .number ? .number(number) : SerialDate.value(number, kind: kind, date1904: context.date1904)
        }
    }

    // MARK: Relationships

    /// A `.rels` part: which target each relationship id points to, and of what type.
    struct Relationships {
        struct Link {
            let type: String
            let target: String
        }
        var byID: [String: Link] = [:]
        var ordered: [Link] = []

        init(part: String, in package: Package, optional: Bool = false) throws(SheetError) {
            if optional && package.entryName(matching: part) == nil { return }
            let document = try XMLParts.parse(package.entryName(matching: part) ?? part, in: package)
            guard let root = document.root else { return }
            for child in XMLParts.elements(of: root) where child.localName == "Relationship" {
                // External targets (hyperlinks, linked workbooks) are not parts of this package.
                if child.attribute(QualifiedName("", "TargetMode")) == "External" { continue }
                guard let id = child.attribute(QualifiedName("", "Id")),
                    let type = child.attribute(QualifiedName("", "Type")),
                    let target = child.attribute(QualifiedName("", "Target"))
                else { continue }
                let link = Link(type: type, target: target)
                byID[id] = link
                ordered.append(link)
            }
        }

        /// The first relationship whose type ends in "/" + `type` (the same in Transitional
        /// and Strict, whose type URIs differ only before it).
        func first(ofType type: String) -> Link? {
            ordered.first { $0.type.hasSuffix("/" + type) }
        }
    }

    /// xl/workbook.xml → xl/_rels/workbook.xml.rels
    static func relationshipsPart(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "_rels/" + part + ".rels" }
        return String(part[...slash]) + "_rels/" + String(part[part.index(after: slash)...]) + ".rels"
    }

    /// A relationship target as a package entry name: absolute targets ("/xl/...") from the
    /// package root, relative ones from the source part's folder, "." and ".." resolved and
    /// percent-escapes ("sheet%201.xml") decoded.
    static func resolve(_ target: String, from source: String) -> String {
        let decoded = target.removingPercentEscapes()
        var segments: [Substring] = []
        if !decoded.hasPrefix("/") {
            segments = source.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        }
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.filter { !$0.isEmpty }.joined(separator: "/")
    }
}

extension Package {
    /// The entry with this name, or else the one whose name differs only in letter case: part
    /// names in OOXML packages are case-insensitive, though nearly every writer keeps the case.
    func entryName(matching name: String) -> String? {
        if contains(name) { return name }
        let lowered = name.lowercased()
        return entryNames.first { $0.lowercased() == lowered }
    }
}

extension String {
    /// Decodes %XX escapes (as UTF-8); malformed escapes are kept as written.
    func removingPercentEscapes() -> String {
        guard utf8.contains(UInt8(ascii: "%")) else { return self }
        let bytes = Array(utf8)
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let value = UInt8(String(decoding: bytes[index + 1...index + 2], as: UTF8.self), radix: 16)
            {
                output.append(value)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
