import Testing

@testable import ZitSheets

@Suite struct CSVTests {
    /// "Łucja Żak, Ślęzak, źdźbło" as Polish Windows writes it (checked with iconv -t CP1250).
    static let cp1250: [UInt8] = [
        0xA3, 0x75, 0x63, 0x6A, 0x61, 0x20, 0xAF, 0x61, 0x6B, 0x2C, 0x20, 0x8C, 0x6C, 0xEA, 0x7A, 0x61,
        0x6B, 0x2C, 0x20, 0x9F, 0x64, 0x9F, 0x62, 0xB3, 0x6F
    ]

    @Test func windows1250() throws {
        // One line with commas and no semicolons: "," is the separator.
        let workbook = try SheetReader.read(bytes: Self.cp1250 + [0x0D, 0x0A], name: "lista.csv")
        #expect(workbook.sheets[0].values(1) == ["A": .text("Łucja Żak"), "B": .text(" Ślęzak"), "C": .text(" źdźbło")])
        let quoted = try SheetReader.read(bytes: [0x22] + Self.cp1250 + [0x22], name: "lista.csv")
        #expect(quoted.sheets[0].values(1) == ["A": .text("Łucja Żak, Ślęzak, źdźbło")])
        // Every Polish letter, both cases, and the Polish quotation marks „ ”.
        let letters: [UInt8] = [
            0xA5, 0xB9, 0xC6, 0xE6, 0xCA, 0xEA, 0xA3, 0xB3, 0xD1, 0xF1, 0xD3, 0xF3, 0x8C, 0x9C, 0x8F, 0x9F, 0xAF, 0xBF,
            0x84, 0x94
        ]
        #expect(try TextDecoding.decode(letters).utf8 == Array("ĄąĆćĘęŁłŃńÓóŚśŹźŻż„”".utf8))
    }

    @Test func windows1250TableMatchesUnicodeMappings() {
        #expect(TextDecoding.windows1250.count == 128)
        #expect(
            TextDecoding.windows1250.enumerated().filter { $0.element == 0 }.map { $0.offset + 0x80 } == [
                0x81, 0x83, 0x88, 0x90, 0x98
            ])
        #expect(TextDecoding.windows1250[0x80 - 0x80] == 0x20AC)  // €
        #expect(TextDecoding.windows1250[0xA0 - 0x80] == 0x00A0)  // no-break space
    }

    @Test func undefinedWindows1250ByteIsAnError() throws {
        let error = try #require(
            Support.error { try SheetReader.read(bytes: Array("a;b\n".utf8) + [0xB3, 0x0A, 0x98], name: "lista.csv") })
        #expect(error.reason == .unknownEncoding(byte: 0x98))
        #expect(error.location.row == 3)
        #expect(
            error.description
                == "lista.csv, linia 3: tekst nie jest zapisany ani w UTF-8, ani w Windows-1250 (bajt 0x98 nie oznacza w nich żadnego znaku); zapisz plik ponownie jako „CSV UTF-8”."
        )
    }

    @Test func utf8WithBOMAndExcelLineEnds() throws {
        let text =
            "\u{FEFF}Lp.;Imię;Nazwisko\r\n1;Łucja;\"Żak\r\nz domu Nowak\"\r\n;;\r\n2;Józef;\"Ćwik \"\"Józek\"\"\"\r\n"
        let sheet = try Support.readCSV(text).sheets[0]
        #expect(sheet.rows.map(\.number) == [1, 2, 5])
        #expect(sheet.values(1) == ["A": .text("Lp."), "B": .text("Imię"), "C": .text("Nazwisko")])
        #expect(sheet.values(2) == ["A": .text("1"), "B": .text("Łucja"), "C": .text("Żak\nz domu Nowak")])
        #expect(sheet.values(5) == ["A": .text("2"), "B": .text("Józef"), "C": .text("Ćwik \"Józek\"")])
    }

    @Test func separatorDetection() throws {
        #expect(
            try Support.readCSV("a,b;c,d\n").sheets[0].values(1) == [
                "A": .text("a"), "B": .text("b;c"), "C": .text("d")
            ])
        #expect(
            try Support.readCSV("a;b,c;d\n").sheets[0].values(1) == [
                "A": .text("a"), "B": .text("b,c"), "C": .text("d")
            ])
        #expect(
            try Support.readCSV("a\tb\tc,d\n").sheets[0].values(1) == [
                "A": .text("a"), "B": .text("b"), "C": .text("c,d")
            ])
        // Separators inside quotes do not count; a tie goes to ";".
        #expect(try Support.readCSV("\"a,b,c\";d\n").sheets[0].values(1) == ["A": .text("a,b,c"), "B": .text("d")])
        #expect(try Support.readCSV("a;b,c\n").sheets[0].values(1) == ["A": .text("a"), "B": .text("b,c")])
        // Leading blank lines are skipped when looking, and keep their line numbers.
        let blank = try Support.readCSV("\n\nImię,Nazwisko\nJan,\"Nowak; Kowalski\"").sheets[0]
        #expect(blank.rows.map(\.number) == [3, 4])
        #expect(blank.values(4) == ["A": .text("Jan"), "B": .text("Nowak; Kowalski")])
        // Excel's sep= line decides and is not a row.
        let explicit = try Support.readCSV("sep=,\r\nImię;x,Nazwisko\r\n").sheets[0]
        #expect(explicit.rows.map(\.number) == [2])
        #expect(explicit.values(2) == ["A": .text("Imię;x"), "B": .text("Nazwisko")])
    }

    @Test func quotingDetails() throws {
        let sheet = try Support.readCSV("\"a\"b;\"\";x\"y\"z;\"ends\";\n\"\"\"\";\"\r\";;last").sheets[0]
        #expect(sheet.values(1) == ["A": .text("ab"), "C": .text("x\"y\"z"), "D": .text("ends")])
        #expect(sheet.values(2) == ["A": .text("\""), "B": .text("\n"), "D": .text("last")])
        // Values are never interpreted: numbers, dates and leading zeros stay text as written.
        #expect(
            try Support.readCSV("00123;05.03.2026;3,5;TRUE;#N/A").sheets[0].values(1) == [
                "A": .text("00123"), "B": .text("05.03.2026"), "C": .text("3,5"), "D": .text("TRUE"), "E": .text("#N/A")
            ])
    }

    @Test func unterminatedQuoteNamesTheLine() throws {
        let error = try #require(
            Support.error { try Support.readCSV("Lp.;Imię;Uwagi\n1;\"Anna\nMaria\";\"brak końca\n2;Jan;\n") })
        #expect(error.reason == .unterminatedQuote(line: 3))
        #expect(error.location == SheetLocation(file: "lista.csv", format: .csv, row: 2, column: 3))
        #expect(
            error.description
                == "lista.csv, linia 2, kolumna C: cudzysłów otwierający wartość w linii 3 nie jest nigdzie zamknięty, więc cała reszta pliku trafiłaby do jednej komórki; dopisz zamykający znak \" albo usuń otwierający."
        )
    }

    @Test func limits() throws {
        let rows = try #require(Support.error { try Support.readCSV("a\nb\nc\n", limits: SheetLimits(maxRows: 2)) })
        #expect(
            rows.description
                == "lista.csv: jest tu więcej wierszy z danymi, niż ten program odczytuje (najwyżej 2); plik odrzucono."
        )
        let long = try #require(Support.error { try Support.readCSV("a;" + String(repeating: "ż", count: 40_000)) })
        #expect(long.location.row == 1 && long.location.column == 2)
        #expect(long.reason == .textTooLong(limit: 32_767))
        // 32,767 characters fit exactly (ż is two bytes in UTF-8 but one character).
        #expect(try Support.readCSV(String(repeating: "ż", count: 32_767)).sheets[0].rows.count == 1)
        let size = try #require(Support.error { try Support.readCSV("a;b\n", limits: SheetLimits(maxFileSize: 3)) })
        #expect(size.reason == .fileTooLarge(size: 4, limit: 3))
    }

    @Test func binaryDataIsNotCSV() throws {
        let error = try #require(
            Support.error { try SheetReader.read(bytes: [0x41, 0x00, 0x42, 0x00], name: "lista.csv") })
        #expect(error.description.hasPrefix("lista.csv: to nie jest plik tekstowy (zawiera bajty zerowe)"))
    }

    @Test func utf16WithBOM() throws {
        let units = Array("Imię\tNazwisko\r\nŁucja\tŻak\r\n".utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let sheet = try SheetReader.read(bytes: little, name: "lista.txt").sheets[0]
        #expect(sheet.values(2) == ["A": .text("Łucja"), "B": .text("Żak")])
    }

    @Test func largeFileInLinearTime() throws {
        var text = "Lp.;Imię;Nazwisko;Instytucja\r\n"
        for row in 1...30_000 { text += "\(row);Łucja;\"Żak; \(row)\";Urząd Miasta Łodzi\r\n" }
        let sheet = try Support.readCSV(text).sheets[0]
        #expect(sheet.rows.count == 30_001)
        #expect(sheet.row(30_001)?["C"] == .text("Żak; 30000"))
    }
}
