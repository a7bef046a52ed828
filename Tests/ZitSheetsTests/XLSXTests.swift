import Foundation
import Testing
import ZitPackage

@testable import ZitSheets

/// Hand-made workbooks for what LibreOffice does not write but Excel and other programs do.
@Suite struct XLSXTests {
    static func workbook(
        sheet: String, sharedStrings: String? = nil, styles: String? = nil, workbookPr: String = "<workbookPr/>",
        namespace: String = Support.main, relationshipNamespace: String = Support.relationships,
        worksheetTarget: String = "/xl/worksheets/lista.xml", rootRelationships: Bool = true
    ) throws -> [UInt8] {
        let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        let relationshipType = relationshipNamespace
        var entries: [(String, String)] = [
            (
                "[Content_Types].xml",
                declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#
            ),
            (
                "xl/workbook.xml",
                declaration + """
                    <workbook xmlns="\(namespace)" xmlns:r="\(relationshipNamespace)">\(workbookPr)<sheets>\
                    <sheet name="Lista" sheetId="1" r:id="rId7"/><sheet name="Wykres" sheetId="2" r:id="rId8"/>\
                    </sheets></workbook>
                    """
            ),
            (
                "xl/_rels/workbook.xml.rels",
                declaration + """
                    <Relationships xmlns="\(Support.packageRelationships)">\
                    <Relationship Id="rId7" Type="\(relationshipType)/worksheet" Target="\(worksheetTarget)"/>\
                    <Relationship Id="rId8" Type="\(relationshipType)/chartsheet" Target="chartsheets/sheet1.xml"/>\
                    <Relationship Id="rId9" Type="\(relationshipType)/sharedStrings" Target="sharedStrings.xml"/>\
                    <Relationship Id="rId10" Type="\(relationshipType)/styles" Target="./styles.xml"/>\
                    <Relationship Id="rId11" Type="\(relationshipType)/hyperlink" Target="https://example.pl/" TargetMode="External"/>\
                    </Relationships>
                    """
            ),
            (
                "xl/worksheets/lista.xml",
                declaration + #"<worksheet xmlns="\#(namespace)"><sheetData>\#(sheet)</sheetData></worksheet>"#
            ),
            ("xl/sharedStrings.xml", declaration + #"<sst xmlns="\#(namespace)">\#(sharedStrings ?? "")</sst>"#),
            ("xl/styles.xml", declaration + #"<styleSheet xmlns="\#(namespace)">\#(styles ?? "")</styleSheet>"#)
        ]
        if rootRelationships {
            entries.append(
                (
                    "_rels/.rels",
                    declaration + """
                        <Relationships xmlns="\(Support.packageRelationships)">\
                        <Relationship Id="rId1" Type="\(relationshipType)/officeDocument" Target="xl/workbook.xml"/></Relationships>
                        """
                ))
        }
        return try Support.zip(entries)
    }

    static let sharedStrings = """
        <si><t>Imię</t></si>\
        <si><r><rPr><b/></rPr><t>Nowak-</t></r><r><rPr><i/></rPr><t>Jeleń</t></r><rPh sb="0" eb="5"><t>ノワク</t></rPh><phoneticPr fontId="1"/></si>\
        <si><t>Wiersz 1_x000D_
        Wiersz 2</t></si>\
        <si><t xml:space="preserve"> spacja </t></si>\
        <si><t>_x005F_x0041_ to nie A</t></si>
        """

    /// Style indexes: 0 General, 1 built-in 14 (date), 2 custom dd.mm.yyyy, 3 [h]:mm (elapsed),
    /// 4 a number format with "Data" in quotes, 5 h:mm AM/PM, 6 date and time, 7 built-in 20 (h:mm).
    static let styles = """
        <numFmts count="5"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy;@"/><numFmt numFmtId="165" formatCode="[h]:mm"/>\
        <numFmt numFmtId="166" formatCode="&quot;Data: &quot;0"/><numFmt numFmtId="167" formatCode="h:mm AM/PM"/>\
        <numFmt numFmtId="168" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>\
        <cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/>\
        <xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="168"/><xf numFmtId="20"/></cellXfs>
        """

    static let sheet = """
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Nazwisko</t></is></c>\
        <c r="C1" t="inlineStr"><is><r><t>Da</t></r><r><t>ta</t></r></is></c></row>\
        <row><c t="s"><v>1</v></c><c s="1"><v>46086</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c>\
        <c t="str"><f>A2</f><v>Nowak-Jeleń</v></c><c s="3"><v>1.5</v></c><c s="4"><v>46086</v></c></row>\
        <row r="4"><c r="B4" s="2"><v>60</v></c><c r="C4" s="2"><v>59</v></c><c r="D4" s="2"><v>61</v></c>\
        <c r="E4" s="2"><v>1</v></c><c r="F4" s="7"><v>0.75</v></c><c r="G4" s="5"><v>0.5625</v></c>\
        <c r="H4" s="6"><v>46086.5</v></c><c r="I4" t="d"><v>2026-03-05T09:30:00</v></c><c r="J4" s="1"/>\
        <c r="K4"><f>1+1</f></c><c r="AB4" t="s"><v>2</v></c><c r="AC4" t="s"><v>3</v></c><c r="AD4" t="s"><v>4</v></c></row>\
        <row r="6"><c r="A6" t="inlineStr"><is><t></t></is></c><c r="B6" t="s"/></row>\
        <row r="7"><c r="A7"><v>-1</v></c><c r="B7" s="1"><v>-1</v></c><c r="C7" s="1"><v>3000000</v></c><c r="D7"><v>1E-3</v></c></row>
        """

    @Test func excelSpecifics() throws {
        let bytes = try Self.workbook(sheet: Self.sheet, sharedStrings: Self.sharedStrings, styles: Self.styles)
        let workbook = try SheetReader.read(bytes: bytes, name: "uczestnicy.xlsx")
        #expect(workbook.format == .xlsx)
        // The chart sheet has no cells and is left out.
        #expect(workbook.sheets.map(\.name) == ["Lista"])
        let sheet = workbook.sheets[0]
        // Row 3 and row 6 (whose cells are all empty) are not kept; the others keep their numbers.
        #expect(sheet.rows.map(\.number) == [1, 2, 4, 7])
        #expect(sheet.values(1) == ["A": .text("Imię"), "B": .text("Nazwisko"), "C": .text("Data")])
        // A row without r follows row 1, and its cells without r follow each other from A.
        #expect(
            sheet.values(2) == [
                "A": .text("Nowak-Jeleń"),  // rich text runs joined, the phonetic guide left out
                "B": .day(2026, 3, 5),  // built-in format 14
                "C": .bool(true),
                "D": .error("#N/A"),
                "E": .text("Nowak-Jeleń"),  // a formula's text result
                "F": .number(1.5),  // [h]:mm is a duration, in days
                "G": .number(46086)  // "Data" in quotes does not make a date format
            ])
        #expect(
            sheet.values(4) == [
                "B": .number(60),  // 29 February 1900 never existed
                "C": .day(1900, 2, 28),
                "D": .day(1900, 3, 1),
                "E": .day(1900, 1, 1),
                "F": .clock(18, 0),
                "G": .clock(13, 30),
                "H": .day(2026, 3, 5, 12, 0),
                "I": .day(2026, 3, 5, 9, 30),
                "AB": .text("Wiersz 1\nWiersz 2"),  // _x000D_ and the line feed after it: one line break
                "AC": .text(" spacja "),
                "AD": .text("_x0041_ to nie A")
            ])
        #expect(sheet.row(4)?.cells.map(\.columnLetters) == ["B", "C", "D", "E", "F", "G", "H", "I", "AB", "AC", "AD"])
        #expect(sheet.row(4)?.cells.last?.column == 30)
        // Before 1900 and after 9999 there is no date to show: the number stays.
        #expect(sheet.values(7) == ["A": .number(-1), "B": .number(-1), "C": .number(3_000_000), "D": .number(0.001)])
    }

    @Test func date1904StrictNamespacesAndNoRootRelationships() throws {
        let sheet = """
            <row r="2"><c r="A2" s="1"><v>44624</v></c><c r="B2" s="1"><v>0</v></c><c r="C2" s="2"><v>0.25</v></c></row>
            """
        let styles = #"<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="21"/></cellXfs>"#
        let bytes = try Self.workbook(
            sheet: sheet, styles: styles, workbookPr: #"<workbookPr date1904="1"/>"#,
            namespace: "http://purl.oclc.org/ooxml/spreadsheetml/main",
            relationshipNamespace: "http://purl.oclc.org/ooxml/officeDocument/relationships",
            worksheetTarget: "worksheets/lista.xml", rootRelationships: false)
        let workbook = try SheetReader.read(bytes: bytes, name: "mac.xlsx")
        #expect(workbook.sheets.first?.values(2) == ["A": .day(2026, 3, 5), "B": .day(1904, 1, 1), "C": .clock(6, 0)])
    }

    @Test func sharedStringOutOfRangeNamesTheCell() throws {
        let bytes = try Self.workbook(sheet: #"<row r="14"><c r="C14" t="s"><v>99</v></c></row>"#)
        let error = try #require(Support.error { try SheetReader.read(bytes: bytes, name: "uczestnicy.xlsx") })
        #expect(
            error.location == SheetLocation(file: "uczestnicy.xlsx", format: .xlsx, sheet: "Lista", row: 14, column: 3))
        #expect(
            error.description
                == "uczestnicy.xlsx, arkusz Lista, wiersz 14, kolumna C: plik jest uszkodzony – komórka odwołuje się do wspólnego tekstu nr 99, którego plik nie zawiera."
        )
    }

    @Test func damagedSheetXMLNamesThePart() throws {
        let bytes = try Self.workbook(sheet: #"<row r="1"><c r="A1"><v>1</v></row>"#)
        let error = try #require(Support.error { try SheetReader.read(bytes: bytes, name: "lista.xlsx") })
        #expect(
            error.description.hasPrefix(
                "lista.xlsx, arkusz Lista: plik jest uszkodzony – część xl/worksheets/lista.xml ma nieprawidłową zawartość XML (linia 2:"
            ))
    }

    @Test func duplicateCellIsRefused() throws {
        let bytes = try Self.workbook(
            sheet: #"<row r="3"><c r="B3"><v>1</v></c><c r="A3"><v>2</v></c><c r="B3"><v>3</v></c></row>"#)
        let error = try #require(Support.error { try SheetReader.read(bytes: bytes, name: "lista.xlsx") })
        #expect(error.location.row == 3 && error.location.column == 2)
        #expect(error.reason == .damaged("komórka ma dwie wartości"))
    }

    @Test func cellsAndRowsOutOfOrderAreSorted() throws {
        let bytes = try Self.workbook(
            sheet: """
                <row r="5"><c r="C5"><v>3</v></c><c r="A5"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c></row>
                """)
        let sheet = try SheetReader.read(bytes: bytes, name: "lista.xlsx").sheets[0]
        #expect(
            sheet.rows == [
                SheetRow(number: 2, cells: [SheetCell(column: 2, value: .number(2))]),
                SheetRow(
                    number: 5, cells: [SheetCell(column: 1, value: .number(1)), SheetCell(column: 3, value: .number(3))]
                )
            ])
    }

    @Test func manyRowsReadInLinearTime() throws {
        let count = 20_000
        var rows = ""
        rows.reserveCapacity(count * 120)
        for row in 1...count {
            rows +=
                #"<row r="\#(row)"><c r="A\#(row)"><v>\#(row)</v></c><c r="B\#(row)" t="inlineStr"><is><t>Osoba \#(row)</t></is></c><c r="C\#(row)" s="1"><v>46086</v></c></row>"#
        }
        let bytes = try Self.workbook(sheet: rows, styles: #"<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>"#)
        let clock = ContinuousClock()
        var sheet: Sheet?
        let elapsed = try clock.measure { sheet = try SheetReader.read(bytes: bytes, name: "duza.xlsx").sheets[0] }
        #expect(sheet?.rows.count == count)
        #expect(sheet?.row(count)?["B"] == .text("Osoba \(count)"))
        #expect(elapsed < .seconds(20))
    }

    @Test func numberFormatClassification() {
        #expect(NumberFormat.kind(code: "dd\\.mm\\.yyyy") == .date)
        #expect(NumberFormat.kind(code: "[$-415]d mmmm yyyy\" r.\"") == .date)
        #expect(NumberFormat.kind(code: "hh:mm") == .time)
        #expect(NumberFormat.kind(code: "mm:ss") == .time)
        #expect(NumberFormat.kind(code: "h:mm AM/PM") == .time)
        #expect(NumberFormat.kind(code: "dd\\.mm\\.yyyy\\ hh:mm") == .dateTime)
        #expect(NumberFormat.kind(code: "yyyy-mm-dd\"T\"hh:mm:ss") == .dateTime)
        #expect(NumberFormat.kind(code: "[h]:mm:ss") == .number)
        #expect(NumberFormat.kind(code: "General") == .number)
        #expect(NumberFormat.kind(code: "#,##0.00\\ [$zł-415]") == .number)
        #expect(NumberFormat.kind(code: "_-* #,##0.00\\ \"zł\"_-;\\-* #,##0.00\\ \"zł\"_-") == .number)
        #expect(NumberFormat.kind(code: "0.00E+00") == .number)
        #expect(NumberFormat.kind(code: "[Red]0;[Blue]-0") == .number)
        #expect(NumberFormat.kind(code: "@") == .number)
        #expect(NumberFormat.kind(code: "0;\"dni\"") == .number)  // "d" after the first section does not count
        #expect(NumberFormat.kind(builtIn: 14) == .date)
        #expect(NumberFormat.kind(builtIn: 22) == .dateTime)
        #expect(NumberFormat.kind(builtIn: 46) == .number)
        #expect(NumberFormat.kind(builtIn: 4) == .number)
    }

    @Test func serialDates() {
        #expect(SerialDate.value(46086, kind: .date, date1904: false) == .day(2026, 3, 5))
        #expect(SerialDate.value(44624, kind: .date, date1904: true) == .day(2026, 3, 5))
        #expect(SerialDate.value(60, kind: .date, date1904: false) == .number(60))
        #expect(SerialDate.value(59, kind: .date, date1904: false) == .day(1900, 2, 28))
        #expect(SerialDate.value(61, kind: .date, date1904: false) == .day(1900, 3, 1))
        #expect(SerialDate.value(2_958_465, kind: .date, date1904: false) == .day(9999, 12, 31))
        #expect(SerialDate.value(2_958_466, kind: .date, date1904: false) == .number(2_958_466))
        #expect(SerialDate.value(0.395833333333333, kind: .time, date1904: false) == .clock(9, 30))
        #expect(SerialDate.value(0.99999999, kind: .time, date1904: false) == .day(1900, 1, 1, 0, 0))
        #expect(SerialDate.value(46086.999999, kind: .dateTime, date1904: false) == .day(2026, 3, 6, 0, 0))
        // A date format shows no time, but the time the file stores is kept.
        #expect(SerialDate.value(46086.5, kind: .date, date1904: false) == .day(2026, 3, 5, 12, 0))
    }

    @Test func cellReferences() {
        #expect(SheetColumn.parseReference("C14")! == (3, 14))
        #expect(SheetColumn.parseReference("$AB$7")! == (28, 7))
        #expect(SheetColumn.parseReference("XFD1048576")! == (16384, 1_048_576))
        #expect(SheetColumn.parseReference("14") == nil)
        #expect(SheetColumn.parseReference("C1C") == nil)
        #expect(SheetColumn.parseReference("ABCDEFGH1") == nil)
        #expect(SheetColumn.letters(1) == "A" && SheetColumn.letters(26) == "Z" && SheetColumn.letters(27) == "AA")
        #expect(SheetColumn.letters(16384) == "XFD" && SheetColumn.letters(0) == "")
        #expect(SheetColumn.number("ab") == 28 && SheetColumn.number("XFD") == 16384 && SheetColumn.number("A1") == nil)
        #expect(XLSXReader.resolve("/xl/worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(XLSXReader.resolve("worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(XLSXReader.resolve("../xl/./sheet%201.xml", from: "xl/workbook.xml") == "xl/sheet 1.xml")
        #expect(XLSXReader.relationshipsPart(of: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
    }
}

/// The .xlsx written for an auditor: columns as wide as their text, so a checksum shows whole.
@Suite struct SheetWriterTests {
    @Test func columnsAreAsWideAsTheirLongestText() throws {
        let checksum = String(repeating: "0123456789abcdef", count: 4)
        #expect(
            SheetWriter.widths(
                header: ["Nr", "Suma kontrolna SHA-256", "Dotyczy"],
                rows: [["1", checksum, String(repeating: "x", count: 200)], ["2", "—"]]) == [8, 66, 70])
        #expect(SheetWriter.widths(header: ["Pliki"], rows: [["a.docx\nbardzo-dluga-nazwa.docx"]]) == [25])

        let path = NSTemporaryDirectory() + "zitdocs-sheetwriter-\(UUID().uuidString).xlsx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try SheetWriter.xlsx(
            sheetName: "Rejestr", header: ["Nr", "Suma kontrolna SHA-256"], rows: [["1", checksum]], to: path)
        let worksheet = String(decoding: try Package(contentsOf: path).read("xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(
            worksheet.contains(
                #"<cols><col min="1" max="1" width="8" customWidth="1"/><col min="2" max="2" width="66" customWidth="1"/></cols><sheetData>"#
            ))
        let sheet = try #require(try SheetReader.read(contentsOf: path).sheets.first)
        #expect(sheet.rows[1]["B"].plainText == checksum)
    }
}
