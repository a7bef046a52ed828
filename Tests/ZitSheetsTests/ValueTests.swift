import Testing

@testable import ZitSheets

@Suite struct ValueTests {
    @Test func isoDates() {
        #expect(SheetDate(iso: "2026-03-05") == .on(2026, 3, 5))
        #expect(SheetDate(iso: "2026-03-05T09:30:00") == .on(2026, 3, 5, 9, 30))
        #expect(SheetDate(iso: "2026-03-05T09:30") == .on(2026, 3, 5, 9, 30))
        #expect(SheetDate(iso: "2026-03-05T23:59:59.7") == .on(2026, 3, 5, 23, 59, 59))
        #expect(SheetDate(iso: "2026-03-05T09:30:00Z") == .on(2026, 3, 5, 9, 30))
        #expect(SheetDate(iso: "2026-02-29") == nil)
        #expect(SheetDate(iso: "2024-02-29") == .on(2024, 2, 29))
        #expect(SheetDate(iso: "05.03.2026") == nil)
        #expect(SheetDate(iso: "2026-03-05T25:00") == nil)
        #expect(SheetDate(iso: "2026-03-05x") == nil)
    }

    @Test func daysSince1970() {
        #expect(SheetDate(daysSince1970: 0, time: nil) == .on(1970, 1, 1))
        #expect(SheetDate(daysSince1970: -25_567, time: nil) == .on(1900, 1, 1))
        #expect(SheetDate(daysSince1970: 20_517, time: nil) == .on(2026, 3, 5))
        #expect(SheetDate(daysSince1970: 11_016, time: nil) == .on(2000, 2, 29))
    }

    @Test func plainText() {
        #expect(CellValue.number(14).plainText == "14")
        #expect(CellValue.number(3.5).plainText == "3.5")
        #expect(CellValue.number(-2).plainText == "-2")
        #expect(CellValue.day(2026, 3, 5).plainText == "2026-03-05")
        #expect(CellValue.day(2026, 3, 5, 9, 30).plainText == "2026-03-05 09:30")
        #expect(CellValue.clock(9, 30, 15).plainText == "09:30:15")
        #expect(CellValue.bool(true).plainText == "TRUE")
        #expect(CellValue.error("#N/A").plainText == "#N/A")
        #expect(CellValue.empty.plainText == "" && CellValue.empty.isEmpty)
        #expect(CellValue.text("Żak").text == "Żak" && CellValue.number(1).text == nil)
        #expect(SheetDate.on(2026, 3, 5) < SheetDate.on(2026, 3, 5, 0, 0))
        #expect(SheetDate.on(2025, 12, 31, 23, 59) < SheetDate.on(2026, 1, 1))
    }

    @Test func locations() {
        #expect(
            SheetLocation(file: "uczestnicy.xlsx", format: .xlsx, sheet: "Uczestnicy", row: 14, column: 3).description
                == "uczestnicy.xlsx, arkusz Uczestnicy, wiersz 14, kolumna C")
        #expect(
            SheetLocation(file: "lista.csv", format: .csv, row: 6, column: 28).description
                == "lista.csv, linia 6, kolumna AB")
        #expect(SheetLocation(file: "lista.ods").description == "lista.ods")
    }
}
