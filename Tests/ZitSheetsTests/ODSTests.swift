import Testing

@testable import ZitSheets

@Suite struct ODSTests {
    /// LibreOffice ends every sheet with enormous repeats of empty rows and cells. They only move
    /// the counters: this sheet would be 2^30 × 2^30 cells if expanded, and reads instantly.
    @Test func hugeEmptyRepeatsAreNeverExpanded() throws {
        let workbook = try Support.readODS(
            """
            <table:table table:name="Duża">\
            <table:table-column table:number-columns-repeated="16384"/>\
            <table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>\
            <table:table-row>\
            <table:table-cell office:value-type="string"><text:p>Łucja<text:s text:c="2"/>Żak</text:p></table:table-cell>\
            <table:table-cell table:number-columns-repeated="3" office:value-type="float" office:value="7"><text:p>7</text:p></table:table-cell>\
            <table:covered-table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>ukryte</text:p></table:covered-table-cell>\
            <table:table-cell office:value-type="string"><text:p>a<text:tab/>b<text:line-break/>c</text:p><text:p>
                d   <text:span>e</text:span>
              </text:p><office:annotation><text:p>komentarz</text:p></office:annotation></table:table-cell>\
            <table:table-cell table:number-columns-repeated="1073741824"/>\
            </table:table-row>\
            <table:table-row-group><table:table-row table:number-rows-repeated="2">\
            <table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>PRAWDA</text:p></table:table-cell>\
            </table:table-row></table:table-row-group>\
            <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>\
            <table:table-row><table:table-cell office:value-type="string"><text:p>koniec</text:p></table:table-cell></table:table-row>\
            <table:table-row table:number-rows-repeated="99999999999999999999999"><table:table-cell table:number-columns-repeated="2000000000"/></table:table-row>\
            </table:table>
            """)
        let sheet = try #require(workbook.sheet(named: "Duża"))
        #expect(sheet.rows.map(\.number) == [4, 5, 6, 1_048_577])
        #expect(
            sheet.values(4) == [
                "A": .text("Łucja  Żak"),
                "B": .number(7), "C": .number(7), "D": .number(7),  // a repeated value is in every column
                // E and F are the hidden part of a merged cell.
                "G": .text("a\tb\nc\nd e")
            ])
        #expect(sheet.values(5) == ["A": .bool(true)])
        #expect(sheet.values(6) == ["A": .bool(true)])
        #expect(sheet.values(1_048_577) == ["A": .text("koniec")])
    }

    @Test func repeatedContentBeyondTheLimitsIsRefusedBeforeExpanding() throws {
        let rows = try #require(
            Support.error {
                try Support.readODS(
                    """
                    <table:table table:name="Bomba"><table:table-row table:number-rows-repeated="1000000000">\
                    <table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>
                    """)
            })
        #expect(rows.reason == .tooManyRows(limit: 1_000_000))
        #expect(
            rows.description
                == "lista.ods, arkusz Bomba: jest tu więcej wierszy z danymi, niż ten program odczytuje (najwyżej 1 000 000); plik odrzucono."
        )

        let cells = try #require(
            Support.error {
                try Support.readODS(
                    """
                    <table:table table:name="Bomba"><table:table-row table:number-rows-repeated="1000">\
                    <table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/></table:table-row></table:table>
                    """, limits: SheetLimits(maxCells: 1_000_000))
            })
        #expect(cells.reason == .tooManyCells(limit: 1_000_000))

        let wide = try #require(
            Support.error {
                try Support.readODS(
                    """
                    <table:table table:name="Bomba"><table:table-row><table:table-cell table:number-columns-repeated="16380"/>\
                    <table:table-cell table:number-columns-repeated="10" office:value-type="float" office:value="1"/></table:table-row></table:table>
                    """)
            })
        #expect(wide.reason == .beyondLastColumn(limit: 16_384))

        let spaces = try #require(
            Support.error {
                try Support.readODS(
                    """
                    <table:table table:name="Bomba"><table:table-row><table:table-cell/><table:table-cell office:value-type="string">\
                    <text:p><text:s text:c="1000000000"/></text:p></table:table-cell></table:table-row></table:table>
                    """)
            })
        #expect(spaces.location == SheetLocation(file: "lista.ods", format: .ods, sheet: "Bomba", row: 1, column: 2))
        #expect(
            spaces.description
                == "lista.ods, arkusz Bomba, wiersz 1, kolumna B: tekst jest dłuższy, niż może pomieścić komórka arkusza (limit znaków: 32 767); plik odrzucono."
        )
    }

    @Test func valueTypes() throws {
        let workbook = try Support.readODS(
            """
            <table:table table:name="Typy"><table:table-row>\
            <table:table-cell office:value-type="date" office:date-value="2026-03-05"><text:p>05.03.26</text:p></table:table-cell>\
            <table:table-cell office:value-type="date" office:date-value="2026-03-05T09:30:00.6"><text:p>x</text:p></table:table-cell>\
            <table:table-cell office:value-type="time" office:time-value="PT13H15M00S"><text:p>13:15</text:p></table:table-cell>\
            <table:table-cell office:value-type="time" office:time-value="PT36H00M00S"><text:p>36:00</text:p></table:table-cell>\
            <table:table-cell office:value-type="percentage" office:value="0.15"><text:p>15%</text:p></table:table-cell>\
            <table:table-cell office:value-type="currency" office:currency="PLN" office:value="814000"><text:p>814 000,00 zł</text:p></table:table-cell>\
            <table:table-cell office:value-type="boolean" office:boolean-value="false"><text:p>FAŁSZ</text:p></table:table-cell>\
            <table:table-cell office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>#N/A</text:p></table:table-cell>\
            <table:table-cell office:value-type="string"><text:p>  wcięcie</text:p></table:table-cell>\
            <table:table-cell><text:p>bez typu</text:p></table:table-cell>\
            <table:table-cell office:value-type="string" office:string-value="z atrybutu"><text:p>pokazane</text:p></table:table-cell>\
            <table:table-cell office:value-type="string"/>\
            <table:table-cell office:value-type="string"><text:p>ostatnia</text:p></table:table-cell>\
            </table:table-row></table:table>
            """)
        #expect(
            workbook.sheets[0].values(1) == [
                "A": .day(2026, 3, 5), "B": .date(.on(2026, 3, 5, 9, 30, 1)), "C": .clock(13, 15), "D": .number(1.5),
                "E": .number(0.15), "F": .number(814_000), "G": .bool(false), "H": .error("#N/A"),
                "I": .text("wcięcie"), "J": .text("bez typu"), "K": .text("z atrybutu"), "M": .text("ostatnia")
            ])
    }

    @Test func damagedValueNamesTheCell() throws {
        let error = try #require(
            Support.error {
                try Support.readODS(
                    """
                    <table:table table:name="Lista"><table:table-row table:number-rows-repeated="13"/><table:table-row>\
                    <table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="date" office:date-value="5 marca"/>\
                    </table:table-row></table:table>
                    """)
            })
        #expect(
            error.description
                == "lista.ods, arkusz Lista, wiersz 14, kolumna C: plik jest uszkodzony – data w komórce („5 marca”) nie jest poprawną datą."
        )
    }

    @Test func odfWithoutSpreadsheetIsNotAList() throws {
        let bytes = try Support.zip([
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            (
                "content.xml",
                "<office:document-content \(Support.odsNamespaces)><office:body><office:text/></office:body></office:document-content>"
            )
        ])
        let error = try #require(Support.error { try SheetReader.read(bytes: bytes, name: "lista.ods") })
        #expect(
            error.description
                == "lista.ods: to plik OpenDocument typu text, a nie arkusz; lista musi być arkuszem programu Calc lub Excel (.ods, .xlsx) albo plikiem .csv."
        )
    }

    @Test func durations() {
        #expect(ODSReader.durationSeconds("PT09H30M00S") == 34_200)
        #expect(ODSReader.durationSeconds("P1DT2H") == 93_600)
        #expect(ODSReader.durationSeconds("-PT1H") == -3_600)
        #expect(ODSReader.durationSeconds("PT1.5S") == 1.5)
        #expect(ODSReader.durationSeconds("P1Y") == nil)
        #expect(ODSReader.durationSeconds("09:30") == nil)
        #expect(ODSReader.repeatCount("99999999999999999999999") == ODSReader.largestRepeat)
        #expect(ODSReader.repeatCount("-5") == 1)
    }
}
