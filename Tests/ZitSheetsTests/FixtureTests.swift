import Testing

@testable import ZitSheets

/// The same participant and attendance lists saved by LibreOffice as .xlsx, .ods and two kinds
/// of CSV (see Fixtures/make-fixtures.sh): every format must give the exact values of
/// uczestnicy.fods, at the positions the program shows.
@Suite struct FixtureTests {
    /// Row 4 is empty in the sheet; the people after it keep their numbers 5 and 6.
    static let participants: [Int: [String: CellValue]] = [
        1: [
            "A": .text("Lp."), "B": .text("Imię"), "C": .text("Nazwisko"), "D": .text("Płeć"),
            "E": .text("Instytucja"), "F": .text("Data urodzenia"), "G": .text("E-mail")
        ],
        2: [
            "A": .number(1), "B": .text("Łucja"), "C": .text("Żak"), "D": .text("K"),
            "E": .text("Urząd Miasta Łodzi"), "F": .day(1985, 3, 5), "G": .text("lucja.zak@example.pl")
        ],
        3: [
            "A": .number(2), "B": .text("Józef"), "C": .text("Ćwik"), "D": .text("M"),
            "E": .text("Związek ZIT\nBiałystok"), "F": .day(1970, 12, 31), "G": .text("j.cwik@example.pl")
        ],
        5: [
            "A": .number(3), "B": .text("Zofia"), "C": .text("O'Neill"), "D": .text("K"),
            "E": .text("Gmina  Ślęzak; \"Źdźbło\", sp. z o.o."), "F": .day(1999, 2, 28), "G": .text("zofia@example.pl")
        ],
        6: [
            "A": .number(4), "B": .text("Agnieszka"), "C": .text("Nowak-Jeleń"), "D": .text("K"),
            "E": .text("Starostwo Powiatowe w Końskich"), "F": .day(2001, 7, 15)
        ]
    ]

    static let attendance: [Int: [String: CellValue]] = [
        1: [
            "A": .text("Lp."), "B": .text("Imię i nazwisko"), "C": .text("Data"), "D": .text("Godzina"),
            "E": .text("Liczba godzin"), "F": .text("Obecny"), "G": .text("Inicjał")
        ],
        2: [
            "A": .number(1), "B": .text("Łucja Żak"), "C": .day(2026, 3, 5), "D": .clock(9, 30),
            "E": .number(3.5), "F": .bool(true), "G": .text("Ł")
        ],
        3: [
            "A": .number(2), "B": .text("Józef Ćwik"), "C": .day(2026, 3, 5), "D": .clock(13, 15),
            "E": .number(0), "F": .bool(false), "G": .text("J")
        ]
    ]

    static let other: [Int: [String: CellValue]] = [
        1: ["A": .text("Błąd"), "B": .error("#DIV/0!")],
        2: ["A": .text("Procent"), "B": .number(0.15)],
        3: ["A": .text("Kwota"), "B": .number(1234.56)],
        4: ["A": .text("Rozpoczęcie"), "B": .day(2026, 3, 5, 9, 30)],
        5: ["A": .text("Kod"), "B": .text("00123")]
    ]

    func checkWorkbook(_ workbook: Workbook, format: SheetFormat) throws {
        #expect(workbook.format == format)
        #expect(workbook.sheets.map(\.name) == ["Uczestnicy", "Obecność", "Inne"])
        for (name, expected) in [("Uczestnicy", Self.participants), ("Obecność", Self.attendance), ("Inne", Self.other)]
        {
            let sheet = try #require(workbook.sheet(named: name))
            #expect(sheet.rows.map(\.number) == expected.keys.sorted(), "\(format) \(name)")
            for (number, values) in expected {
                #expect(sheet.values(number) == values, "\(format) \(name) row \(number)")
            }
        }
    }

    @Test func xlsxSavedByLibreOffice() throws {
        let workbook = try SheetReader.read(contentsOf: Support.fixture("uczestnicy.xlsx"))
        try checkWorkbook(workbook, format: .xlsx)
    }

    @Test func odsSavedByLibreOffice() throws {
        let workbook = try SheetReader.read(contentsOf: Support.fixture("uczestnicy.ods"))
        try checkWorkbook(workbook, format: .ods)
    }

    @Test func flatODSSource() throws {
        let workbook = try SheetReader.read(contentsOf: Support.fixture("uczestnicy.fods"))
        try checkWorkbook(workbook, format: .ods)
    }

    /// In CSV everything is text as displayed, and a row is the line its record starts on:
    /// Józef's institution spans lines 3–4, so the empty line is 5 and Zofia is on line 6.
    static let csvParticipants: [Int: [String: CellValue]] = [
        1: [
            "A": .text("Lp."), "B": .text("Imię"), "C": .text("Nazwisko"), "D": .text("Płeć"),
            "E": .text("Instytucja"), "F": .text("Data urodzenia"), "G": .text("E-mail")
        ],
        2: [
            "A": .text("1"), "B": .text("Łucja"), "C": .text("Żak"), "D": .text("K"),
            "E": .text("Urząd Miasta Łodzi"), "F": .text("05.03.1985"), "G": .text("lucja.zak@example.pl")
        ],
        3: [
            "A": .text("2"), "B": .text("Józef"), "C": .text("Ćwik"), "D": .text("M"),
            "E": .text("Związek ZIT\nBiałystok"), "F": .text("31.12.1970"), "G": .text("j.cwik@example.pl")
        ],
        6: [
            "A": .text("3"), "B": .text("Zofia"), "C": .text("O'Neill"), "D": .text("K"),
            "E": .text("Gmina  Ślęzak; \"Źdźbło\", sp. z o.o."), "F": .text("28.02.1999"),
            "G": .text("zofia@example.pl")
        ],
        7: [
            "A": .text("4"), "B": .text("Agnieszka"), "C": .text("Nowak-Jeleń"), "D": .text("K"),
            "E": .text("Starostwo Powiatowe w Końskich"), "F": .text("15.07.2001")
        ]
    ]

    @Test(arguments: ["uczestnicy-cp1250.csv", "uczestnicy-utf8-bom.csv"])
    func csvSavedByLibreOffice(_ file: String) throws {
        let workbook = try SheetReader.read(contentsOf: Support.fixture(file))
        #expect(workbook.format == .csv)
        #expect(workbook.sheets.count == 1)
        let sheet = workbook.sheets[0]
        #expect(sheet.name == String(file.dropLast(4)))
        #expect(sheet.rows.map(\.number) == [1, 2, 3, 6, 7])
        for (number, values) in Self.csvParticipants {
            #expect(sheet.values(number) == values, "\(file) line \(number)")
        }
        #expect(sheet.location(row: 6, column: 5).description.hasSuffix("\(file), linia 6, kolumna E"))
    }

    /// The Windows-1250 fixture really is Windows-1250 (not UTF-8 that happens to work).
    @Test func cp1250FixtureBytes() throws {
        let bytes = try Support.bytes(ofFixture: "uczestnicy-cp1250.csv")
        #expect(bytes.contains(0xB3))  // ł
        #expect(bytes.contains(0x8C))  // Ś
        #expect(TextDecoding.firstInvalidUTF8(bytes) != nil)
        #expect(try TextDecoding.decode(bytes).encoding == .windows1250)
        #expect(try TextDecoding.decode(Support.bytes(ofFixture: "uczestnicy-utf8-bom.csv")).encoding == .utf8)
    }

    @Test func positionsForMessages() throws {
        let workbook = try SheetReader.read(contentsOf: Support.fixture("uczestnicy.xlsx"))
        let sheet = try #require(workbook.sheet(named: "uczestnicy"))  // letter case does not matter
        let zofia = try #require(sheet.row(5))
        let cell = try #require(zofia.cells.first { $0.value == .text("O'Neill") })
        #expect(cell.column == 3)
        #expect(cell.columnLetters == "C")
        #expect(zofia["C"] == .text("O'Neill"))
        #expect(zofia[8] == .empty)
        #expect(sheet.row(4) == nil)
        #expect(
            sheet.location(row: 5, column: 3).description.hasSuffix(
                "uczestnicy.xlsx, arkusz Uczestnicy, wiersz 5, kolumna C"))
    }

    @Test func headerMapOnEveryFormat() throws {
        for file in ["uczestnicy.xlsx", "uczestnicy.ods", "uczestnicy-cp1250.csv", "uczestnicy-utf8-bom.csv"] {
            let sheet = try SheetReader.read(contentsOf: Support.fixture(file)).sheets[0]
            let map = try #require(
                HeaderMap.locate(in: sheet, required: ["imie", "NAZWISKO", "plec"], optional: ["email", "Telefon"]))
            #expect(map.row == 1)
            #expect(map.problems.isEmpty, "\(file)")
            #expect(map["Imię"] == 2)
            #expect(map["Płeć"] == 4)
            #expect(map["e-mail"] == 7)
            #expect(map["Telefon"] == nil)
            let agnieszka = try #require(sheet.rows.last)
            #expect(map.value("Nazwisko", in: agnieszka) == .text("Nowak-Jeleń"))
            #expect(map.value("E-mail", in: agnieszka) == .empty)
        }
    }
}
