import Foundation
import ZitEngine
import ZitPackage

/// A template and its data drawn from a seed: paragraphs, tables and sections with many
/// repeats; values empty, long, at the lengths where the coders change their minds (a
/// reference's shortest and longest match, the repeat finder's shortest text, deflate's
/// window), full of characters XML escapes and Polish letters; lists of 0 to a few thousand
/// rows, so that both short parts (coded from the template's parse) and long ones (coded from
/// the renderer's marks, in pieces) come out.
struct RandomTemplate {
    enum Format: String, CaseIterable { case docx, odt }

    let format: Format
    /// The filled parts' XML: the body, and (Word) a header.
    let parts: [String: String]
    let data: TemplateValue
    /// Merged instead of rendered once: each item a copy of the whole body.
    let copies: [TemplateValue]?

    static let skeletons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ZitEngineTests/Fixtures/skeleton")

    init(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        format = random.below(2) == 0 ? .docx : .odt
        var writer = Writer(format: format, random: random)
        let body = writer.body()
        let header = writer.inline(depth: 0, inRow: false)
        let merged = writer.random.below(5) == 0
        var values = writer.fields(inRow: false)
        let rowCounts = (0..<Writer.lists.count).map { _ in writer.rowCount(merged: merged) }
        for (list, count) in zip(Writer.lists, rowCounts) { values[list] = writer.rows(count) }
        data = .object(values)
        copies = merged ? (0..<writer.rowCount(merged: false)).map { _ in .object(writer.fields(inRow: false)) } : nil
        switch format {
        case .docx:
            parts = [
                "word/document.xml": #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
                    + "<w:document \(Writer.wordNamespaces)><w:body>\(body)<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId1\"/>"
                    + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>",
                "word/header1.xml": #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
                    + "<w:hdr \(Writer.wordNamespaces)><w:p><w:r><w:t xml:space=\"preserve\">\(header)</w:t></w:r></w:p></w:hdr>"
            ]
        case .odt:
            parts = [
                "content.xml": #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
                    + "<office:document-content \(Writer.odfNamespaces)><office:automatic-styles/><office:body><office:text>"
                    + "<text:sequence-decls/>\(body)</office:text></office:body></office:document-content>"
            ]
        }
    }

    /// The template's package: the skeleton with the drawn parts.
    func packageBytes() throws -> [UInt8] {
        let package = try Package(contentsOf: Self.skeletons.appendingPathComponent("skeleton.\(format.rawValue)").path)
        let entries = package.entryNames.map { name in
            parts[name].map { PackageEntry.deflated(name, Array($0.utf8)) } ?? .copied(name)
        }
        return try PackageWriter(source: package).bytes(of: entries)
    }

    /// The document as written, filled the way `coding` says. With `.fromMarks` the template
    /// fills one document first, so that the one returned is coded from the template's parse.
    func document(coding: PartCoding) throws -> [UInt8] {
        let template = try Template(
            bytes: try packageBytes(), name: "losowy.\(format.rawValue)", options: TemplateOptions(coding: coding))
        let fill = { () throws(TemplateError) -> RenderedDocument in
            if let copies { return try template.renderMerged(copies, outer: data) }
            return try template.render(data)
        }
        if coding == .fromMarks { _ = try fill() }
        return try DocumentWriter(for: template).bytes(of: try fill())
    }
}

/// Draws the markup and the values.
private struct Writer {
    let format: RandomTemplate.Format
    var random: SeededRandom

    static let lists = ["rows", "people"]
    static let names = ["a", "b", "c", "long", "empty", "same"]

    static let wordNamespaces =
        #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#
    static let odfNamespaces =
        #"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3""#

    /// Fixed texts of the template; values sometimes copy them, so a value can look like boilerplate.
    static let phrases = [
        "Lista obecności", "Zaświadczenie o udziale w warsztatach", "Imię i nazwisko", "Lp.", ". ", ", ", "; ", " ",
        "Sieciowanie Związków ZIT w Polsce — Zarządzanie i realizacja zasad horyzontalnych w MOF",
        "Stowarzyszenie Aglomeracja Kalisko-Ostrowska & Partnerzy <sp. z o.o.>",
        "„cudzysłów” \"proste\" 'apostrof' O'Neill", "Źdźbło żółwia łączy ścięgna ĄĘŁŃÓŚŹŻ",
        "podpis osoby uczestniczącej", "x", "ab", "abc", "0123456789abcdef", "0123456789abcde", "0123456789abcdefg"
    ]
    static let specials = [
        "&", "<", ">", "\"", "'", "&amp;", "&lt;", "ą", "ę", "ł", "ń", "ó", "ś", "ź", "ż", "Ż", "Ł", " ", "  ", "—",
        "„", "”"
    ]

    mutating func coin(_ percent: Int) -> Bool { random.below(100) < percent }

    mutating func body() -> String {
        (0..<(2 + random.below(7))).map { _ in block() }.joined()
    }

    mutating func block() -> String {
        let list = Self.lists[random.below(Self.lists.count)]
        switch random.below(6) {
        case 0, 1:
            return paragraph(inline(depth: 0, inRow: false))
        case 2:  // a table row per element
            let cells = (0..<(2 + random.below(3))).map { _ in inline(depth: 1, inRow: true) }
            var filled = cells
            filled[0] = "{{#\(list)}}" + filled[0]
            filled[filled.count - 1] += "{{/\(list)}}"
            return table(header: cells.map { _ in literal() }, row: filled)
        case 3:  // paragraphs per element
            let inner = (0..<(1 + random.below(3))).map { _ in paragraph(inline(depth: 1, inRow: true)) }.joined()
            return paragraph("{{#\(list)}}") + inner + paragraph("{{/\(list)}}")
        case 4:  // inline, in one paragraph
            return paragraph(literal() + "{{#\(list)}}" + inline(depth: 1, inRow: true) + "{{/\(list)}}" + literal())
        default:
            return paragraph("{{^\(list)}}" + literal() + "{{/\(list)}}" + inline(depth: 0, inRow: false))
        }
    }

    /// Text, tags and short sections within one paragraph; values right against each other and
    /// against the stretches around them.
    mutating func inline(depth: Int, inRow: Bool) -> String {
        var text = ""
        for _ in 0..<(1 + random.below(8)) {
            switch random.below(9) {
            case 0, 1, 2: text += literal()
            case 3, 4: text += "{{\(Self.names[random.below(Self.names.count)])}}"
            case 5:
                text +=
                    ["{{a | upper}}", "{{empty | default:\"—\"}}", "{{b | trim}}", "{{long | lower}}"][random.below(4)]
            case 6: text += inRow ? "{{@number}}" : "{{c}}"
            case 7 where inRow: text += "{{#items}}{{.}}" + literal() + "{{/items}}"
            default: text += run(literal())
            }
        }
        return text
    }

    /// Fixed text, escaped for XML: empty, short, or long.
    mutating func literal() -> String {
        var text = ""
        let count = [0, 1, 1, 2, 3, 6, 20, 40][random.below(8)]
        for _ in 0..<count {
            text +=
                coin(70)
                ? Self.phrases[random.below(Self.phrases.count)] : Self.specials[random.below(Self.specials.count)]
        }
        return Self.escaped(text)
    }

    /// Ends the run and starts another, with formatting: more fixed markup between values.
    func run(_ text: String) -> String {
        switch format {
        case .docx:
            "</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">\(text)</w:t></w:r><w:r><w:t xml:space=\"preserve\">"
        case .odt: "<text:span>\(text)</text:span>"
        }
    }

    func paragraph(_ inline: String) -> String {
        switch format {
        case .docx: "<w:p><w:r><w:t xml:space=\"preserve\">\(inline)</w:t></w:r></w:p>"
        case .odt: "<text:p>\(inline)</text:p>"
        }
    }

    func table(header: [String], row: [String]) -> String {
        switch format {
        case .docx:
            let cell = { (text: String) in
                "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>\(paragraph(text))</w:tc>"
            }
            return "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
                + "<w:tr>\(header.map(cell).joined())</w:tr><w:tr>\(row.map(cell).joined())</w:tr></w:tbl>"
        case .odt:
            let cell = { (text: String) in
                "<table:table-cell office:value-type=\"string\">\(paragraph(text))</table:table-cell>"
            }
            return
                "<table:table table:name=\"Tabela\"><table:table-column table:number-columns-repeated=\"\(row.count)\"/>"
                + "<table:table-row>\(header.map(cell).joined())</table:table-row><table:table-row>\(row.map(cell).joined())</table:table-row></table:table>"
        }
    }

    /// Mostly short lists; some long enough that the part is handed over in several pieces.
    mutating func rowCount(merged: Bool) -> Int {
        let roll = random.below(100)
        if merged { return roll < 60 ? random.below(4) : random.below(12) }
        return roll < 50
            ? random.below(6) : roll < 80 ? random.below(60) : roll < 96 ? random.below(400) : 400 + random.below(1600)
    }

    mutating func rows(_ count: Int) -> TemplateValue {
        let keys = Record.Keys(Self.names + ["items"])
        let asRecords = coin(50)
        return .list(
            (0..<count).map { _ in
                var fields = self.fields(inRow: true)
                fields["items"] = .list((0..<[0, 0, 1, 2, 5][random.below(5)]).map { _ in .string(value(inRow: true)) })
                if asRecords { return .record(Record(keys: keys, values: keys.names.map { fields[$0] ?? .null })) }
                return .object(fields)
            })
    }

    mutating func fields(inRow: Bool) -> [String: TemplateValue] {
        var fields: [String: TemplateValue] = [:]
        for name in Self.names {
            switch name {
            case "empty": fields[name] = coin(80) ? "" : .null
            case "same": fields[name] = "Stowarzyszenie Aglomeracja Kalisko-Ostrowska & Partnerzy"
            case "long": fields[name] = coin(inRow ? 10 : 60) ? .string(longText(inRow: inRow)) : "krótki"
            default:
                if coin(10) { continue }  // missing: looked up outwards, or empty
                fields[name] = coin(10) ? .number(Decimal(random.below(100_000)) / 100) : .string(value(inRow: inRow))
            }
        }
        return fields
    }

    mutating func value(inRow: Bool) -> String {
        switch random.below(11) {
        case 0: return ""
        case 1: return ["Anna", "Józef", "Ścibor", "Łucja Żak", "O'Neill"][random.below(5)]
        case 2:
            return (0..<(1 + random.below(20))).map { _ in Self.specials[random.below(Self.specials.count)] }.joined()
        case 3:  // around the shortest reference (3) and the shortest repeat looked up (16)
            return String("0123456789abcdefghij".prefix([2, 3, 4, 15, 16, 17][random.below(6)]))
        case 4:  // around the longest match, 258
            return String(repeating: "Ala&kot ", count: 40).prefix([257, 258, 259, 260, 261, 262][random.below(6)])
                .description
        case 5: return Self.phrases[random.below(Self.phrases.count)]
        case 6: return "pierwsza linia\ndruga linia\tpo tabulatorze"
        case 7: return "  spacje  na brzegach  "
        case 8:
            return inRow
                ? "Gmina Wałbrzych — Miasto na prawach powiatu (Aglomeracja Wałbrzyska)" : longText(inRow: false)
        default: return "Urząd Miasta Kalisza nr \(random.below(40))"
        }
    }

    /// Mostly a few hundred bytes; now and then around deflate's window of 32 KB.
    mutating func longText(inRow: Bool) -> String {
        let length = coin(inRow ? 1 : 15) ? 32_700 + random.below(140) : 100 + random.below(inRow ? 1500 : 3000)
        var text = ""
        while text.utf8.count < length {
            text +=
                coin(85)
                ? Self.phrases[random.below(Self.phrases.count)] : Self.specials[random.below(Self.specials.count)]
        }
        return text
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
