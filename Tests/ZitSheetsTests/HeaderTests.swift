import Testing

@testable import ZitSheets

@Suite struct HeaderTests {
    @Test func polishHeadersMatchTheForgivingWay() {
        #expect(HeaderKey("Imię") == HeaderKey("imie"))
        #expect(HeaderKey("Imię") == HeaderKey(" IMIĘ "))
        #expect(HeaderKey("Płeć") == HeaderKey("plec"))
        #expect(HeaderKey("Nazwisko") == HeaderKey("nazwisko"))
        #expect(HeaderKey("Data urodzenia") == HeaderKey("DATA\u{00A0}URODZENIA"))
        #expect(HeaderKey("Data urodzenia") == HeaderKey("Data\nurodzenia"))
        #expect(HeaderKey("Lp.") == HeaderKey("Lp"))
        #expect(HeaderKey("E-mail") == HeaderKey("email"))
        #expect(HeaderKey("Źdźbło") == HeaderKey("ZDZBLO"))
        #expect(HeaderKey("Imie\u{0328}") == HeaderKey("Imię"))  // ę written as e + combining ogonek
        #expect(HeaderKey("ĄĆĘŁŃÓŚŹŻąćęłńóśźż").folded == "acelnoszzacelnoszz")
        #expect(HeaderKey("Imię") != HeaderKey("Imiona"))
        #expect(HeaderKey("Data od") != HeaderKey("Data do"))
        #expect(Set<HeaderKey>(["Imię", "imie", "IMIE"]).count == 1)
        #expect(HeaderKey("Imię").text == "Imię")
    }

    static func row(_ number: Int, _ texts: [String?]) -> SheetRow {
        SheetRow(
            number: number,
            cells: texts.enumerated().compactMap { offset, text in
                text.map { SheetCell(column: offset + 1, value: .text($0)) }
            })
    }

    @Test func missingAndDuplicateHeaders() throws {
        let header = Self.row(3, ["Lp.", "imie", "Nazwisko ", nil, "IMIĘ", "Uwagi", "uwagi"])
        let map = HeaderMap(
            headerRow: header, required: ["Imię", "Nazwisko", "Płeć", "Instytucja"], optional: ["E-mail"])
        #expect(map.row == 3)
        #expect(map["Imię"] == 2)
        #expect(map["nazwisko"] == 3)
        #expect(map["E-mail"] == nil)
        // Uwagi repeats, but nobody asked for it.
        #expect(map.problems == [.missing("Płeć"), .missing("Instytucja"), .duplicate("Imię", columns: [2, 5])])
        #expect(
            map.problems.map(\.description) == [
                "w wierszu nagłówków nie ma kolumny „Płeć”",
                "w wierszu nagłówków nie ma kolumny „Instytucja”",
                "kolumna „Imię” występuje więcej niż raz (kolumny B i E), więc nie wiadomo, której użyć"
            ])
        let sheet = Sheet(file: "uczestnicy.xlsx", name: "Uczestnicy", format: .xlsx, rows: [header])
        #expect(
            map.errors(in: sheet).map(\.description) == [
                "uczestnicy.xlsx, arkusz Uczestnicy, wiersz 3: w wierszu nagłówków nie ma kolumny „Płeć”.",
                "uczestnicy.xlsx, arkusz Uczestnicy, wiersz 3: w wierszu nagłówków nie ma kolumny „Instytucja”.",
                "uczestnicy.xlsx, arkusz Uczestnicy, wiersz 3, kolumna E: kolumna „Imię” występuje więcej niż raz (kolumny B i E), więc nie wiadomo, której użyć."
            ])
    }

    @Test func headerRowBelowATitle() throws {
        let sheet = Sheet(
            file: "lista.csv", name: "lista", format: .csv,
            rows: [
                Self.row(1, ["Lista obecności — Forum ZIT, 5 marca 2026"]),
                Self.row(3, ["Lp.", "Imię", "Nazwisko", "Podpis"]),
                Self.row(4, ["1", "Łucja", "Żak"])
            ])
        let map = try #require(HeaderMap.locate(in: sheet, required: ["Imię", "Nazwisko"]))
        #expect(map.row == 3)
        #expect(map.value("Nazwisko", in: sheet.rows[2]) == .text("Żak"))
        #expect(map.value("Podpis", in: sheet.rows[2]) == .empty)

        // No row has everything: the best one is returned with what it lacks.
        let partial = try #require(HeaderMap.locate(in: sheet, required: ["Imię", "Płeć"]))
        #expect(partial.row == 3)
        #expect(partial.problems == [.missing("Płeć")])
        #expect(
            HeaderMap.locate(in: Sheet(file: "x.csv", name: "x", format: .csv, rows: []), required: ["Imię"]) == nil)
    }
}
