import Foundation
import Testing

@testable import ZitPolish

/// Exact-string tests for the Polish formatting helpers in `Sources/ZitEngine/Polish`.
@Suite struct PolishTests {
    private static let nbsp = "\u{00A0}"

    private func date(_ text: String) throws -> CalendarDate {
        try #require(CalendarDate(iso: text), "\(text) should parse")
    }

    private func decimal(_ text: String) throws -> Decimal {
        try #require(Decimal(string: text), "\(text) should be a decimal")
    }

    // MARK: CalendarDate parsing

    @Test func parsesISODatesAndTimes() throws {
        #expect(CalendarDate(iso: "2026-03-05") == CalendarDate(year: 2026, month: 3, day: 5))
        let withTime = CalendarDate(year: 2026, month: 3, day: 5, hour: 9, minute: 30)
        #expect(CalendarDate(iso: "2026-03-05T09:30") == withTime)
        #expect(CalendarDate(iso: "2026-03-05 09:30") == withTime)
        #expect(CalendarDate(iso: "2026-03-05T09:30:00") == withTime)
        #expect(CalendarDate(iso: "2026-03-05T09:30:59.123") == withTime)
        #expect(CalendarDate(iso: "  2026-03-05\n") == CalendarDate(year: 2026, month: 3, day: 5))
        // Substring input.
        let line = "termin: 2026-03-05"
        #expect(CalendarDate(iso: line.dropFirst(8)) == CalendarDate(year: 2026, month: 3, day: 5))
    }

    @Test func timeZoneDesignatorsAreAcceptedAndIgnored() throws {
        let wallClock = CalendarDate(year: 2026, month: 3, day: 5, hour: 9, minute: 30)
        for text in [
            "2026-03-05T09:30Z", "2026-03-05T09:30:00Z", "2026-03-05T09:30:00.000Z",
            "2026-03-05T09:30+01:00", "2026-03-05T09:30:00+0100", "2026-03-05T09:30-05"
        ] {
            #expect(CalendarDate(iso: text) == wallClock, "\(text)")
        }
        #expect(CalendarDate(iso: "2026-03-05Z") == nil)
        #expect(CalendarDate(iso: "2026-03-05T09:30+1:00") == nil)
    }

    @Test func parsesPolishSpreadsheetDates() throws {
        #expect(CalendarDate(iso: "05.03.2026") == CalendarDate(year: 2026, month: 3, day: 5))
        #expect(CalendarDate(iso: "5.3.2026") == CalendarDate(year: 2026, month: 3, day: 5))
        #expect(CalendarDate(iso: "05.03.2026 9:30") == CalendarDate(year: 2026, month: 3, day: 5, hour: 9, minute: 30))
        #expect(
            CalendarDate(iso: "05.03.2026 09:30:00") == CalendarDate(year: 2026, month: 3, day: 5, hour: 9, minute: 30))
        #expect(CalendarDate(iso: "31.02.2026") == nil)
        #expect(CalendarDate(iso: "05.03.26") == nil)
    }

    @Test func rejectsInvalidDates() {
        for text in [
            "2026-02-30", "2026-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-04-31",
            "2026-03-00", "0000-01-01", "2026-3-5", "20260305", "2026-03-05T24:00", "2026-03-05T09:60",
            "2026-03-05T9:30", "2026-03-05T09", "2026-03-05T09:30:61", "2026-03-05 r.", "", "jutro",
            "2026-03-05T09:30Zx", "13.13.2026"
        ] {
            #expect(CalendarDate(iso: text) == nil, "\(text) should be rejected")
        }
        #expect(CalendarDate(year: 2026, month: 3, day: 5, hour: nil, minute: 30) == nil)
        #expect(CalendarDate(year: 2026, month: 3, day: 5, hour: 9)?.minute == 0)
    }

    @Test func leapYears() throws {
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2000-02-29") != nil)
        #expect(CalendarDate(iso: "2100-02-29") == nil)
        #expect(CalendarDate.isLeapYear(2024))
        #expect(CalendarDate.isLeapYear(2000))
        #expect(!CalendarDate.isLeapYear(1900))
        #expect(!CalendarDate.isLeapYear(2026))
        #expect(CalendarDate.daysInMonth(year: 2024, month: 2) == 29)
        #expect(CalendarDate.daysInMonth(year: 2026, month: 2) == 28)
        #expect(try Polish.format(date("2024-02-29"), pattern: "EEEE, d MMMM yyyy") == "czwartek, 29 lutego 2024")
    }

    @Test func weekdaysAndDayNumbers() throws {
        #expect(try date("1970-01-01").daysSince1970 == 0)
        #expect(try date("2026-03-05").daysSince1970 == 20517)
        #expect(try date("0001-01-01").daysSince1970 == -719_162)
        #expect(try date("9999-12-31").daysSince1970 == 2_932_896)
        #expect(try date("0001-01-01").isoWeekday == 1)
        #expect(try date("2000-02-29").isoWeekday == 2)
        #expect(try date("1600-03-01").isoWeekday == 3)
        #expect(try Polish.format(date("2026-11-26"), pattern: "EEEE") == "czwartek")
        // A whole week, Monday 2026-03-02 to Sunday 2026-03-08.
        let names = try (2...8).map { try Polish.format(date("2026-03-0\($0)"), pattern: "EEEE") }
        #expect(names == ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"])
    }

    @Test func ordersChronologically() throws {
        let dates = try ["2026-03-05T09:30", "2025-12-31", "2026-03-05", "2026-03-05T08:00", "2026-02-28"].map(date)
        #expect(
            dates.sorted().map(\.description)
                == ["2025-12-31", "2026-02-28", "2026-03-05", "2026-03-05T08:00", "2026-03-05T09:30"])
        #expect(try date("2026-03-05") < date("2026-03-06"))
    }

    // MARK: Date patterns

    @Test func formatsTheDefaultPattern() throws {
        #expect(try Polish.format(date("2026-03-05"), pattern: "d MMMM yyyy") == "5 marca 2026")
        #expect(try Polish.format(date("2026-03-05"), pattern: Polish.defaultDatePattern) == "5 marca 2026 r.")
        #expect(try Polish.format(date("2026-03-05")) == "5 marca 2026 r.")
    }

    @Test func formatsEveryMonth() throws {
        var genitive: [String] = []
        var nominative: [String] = []
        var short: [String] = []
        for month in 1...12 {
            let day = try #require(CalendarDate(year: 2026, month: month, day: 1))
            genitive.append(try Polish.format(day, pattern: "d MMMM"))
            nominative.append(try Polish.format(day, pattern: "LLLL yyyy"))
            short.append(try Polish.format(day, pattern: "MMM"))
        }
        #expect(
            genitive == [
                "1 stycznia", "1 lutego", "1 marca", "1 kwietnia", "1 maja", "1 czerwca",
                "1 lipca", "1 sierpnia", "1 września", "1 października", "1 listopada", "1 grudnia"
            ])
        #expect(
            nominative == [
                "styczeń 2026", "luty 2026", "marzec 2026", "kwiecień 2026", "maj 2026", "czerwiec 2026",
                "lipiec 2026", "sierpień 2026", "wrzesień 2026", "październik 2026", "listopad 2026", "grudzień 2026"
            ])
        #expect(short == ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"])
    }

    @Test func formatsNumericTokensAndTimes() throws {
        let morning = try date("2026-03-05T09:07")
        #expect(try Polish.format(morning, pattern: "dd.MM.yyyy HH:mm") == "05.03.2026 09:07")
        #expect(try Polish.format(morning, pattern: "d.M.yy, H:mm") == "5.3.26, 9:07")
        #expect(
            try Polish.format(morning, pattern: "EEEE, d MMMM yyyy 'r., godz.' H:mm")
                == "czwartek, 5 marca 2026 r., godz. 9:07")
        #expect(try Polish.format(date("2026-12-24T18:00"), pattern: "dd MMM yyyy, HH:mm") == "24 gru 2026, 18:00")
        #expect(try Polish.format(date("2009-01-02"), pattern: "yy/yyyy") == "09/2009")
        #expect(try Polish.format(date("0987-06-01"), pattern: "yyyy") == "0987")
    }

    @Test func quotesAndLiterals() throws {
        let day = try date("2026-03-05")
        #expect(try Polish.format(day, pattern: "'dnia' d MMMM yyyy 'r.'") == "dnia 5 marca 2026 r.")
        #expect(try Polish.format(day, pattern: "d''MM") == "5'03")
        #expect(try Polish.format(day, pattern: "'o''clock' d") == "o'clock 5")
        #expect(try Polish.format(day, pattern: "''") == "'")
        #expect(try Polish.format(day, pattern: "[d] — ś ż ó/MM") == "[5] — ś ż ó/03")
        #expect(try Polish.format(day, pattern: "") == "")
    }

    @Test func reportsBadPatterns() throws {
        let day = try date("2026-03-05")
        #expect(throws: Polish.DatePatternError.unknownLetter("Q", pattern: "d Q yyyy")) {
            try Polish.format(day, pattern: "d Q yyyy")
        }
        do {
            _ = try Polish.format(day, pattern: "d Q yyyy")
            Issue.record("should have thrown")
        } catch {
            #expect(error.description == "nieznana litera „Q” we wzorcu daty „d Q yyyy”")
        }
        #expect(throws: Polish.DatePatternError.unknownLetter("D", pattern: "DD.MM.YYYY")) {
            try Polish.format(day, pattern: "DD.MM.YYYY")
        }
        #expect(throws: Polish.DatePatternError.unknownLetter("r", pattern: "d MMMM yyyy r.")) {
            try Polish.format(day, pattern: "d MMMM yyyy r.")
        }
        #expect(throws: Polish.DatePatternError.unsupportedToken("ddd", pattern: "ddd")) {
            try Polish.format(day, pattern: "ddd")
        }
        #expect(throws: Polish.DatePatternError.unsupportedToken("yyy", pattern: "d yyy")) {
            try Polish.format(day, pattern: "d yyy")
        }
        #expect(throws: Polish.DatePatternError.unterminatedQuote(pattern: "d 'r.")) {
            try Polish.format(day, pattern: "d 'r.")
        }
        // The pattern is fine, the date has no time.
        #expect(throws: Polish.DatePatternError.missingTime(token: "HH", pattern: "d MMMM, HH:mm", date: day)) {
            try Polish.format(day, pattern: "d MMMM, HH:mm")
        }
        // Parsing a pattern alone validates it (for template loading).
        #expect(try Polish.DatePattern("d MMMM, HH:mm").usesTime)
        #expect(try !Polish.DatePattern(Polish.defaultDatePattern).usesTime)
        #expect(throws: Polish.DatePatternError.self) { try Polish.DatePattern("d MMMMM") }
    }

    // MARK: Money and numbers

    @Test func formatsMoney() throws {
        let n = Self.nbsp
        #expect(Polish.formatMoney(814000) == "814\(n)000,00\(n)zł")
        #expect(Polish.formatMoney(814000) == "814\u{A0}000,00\u{A0}zł")
        #expect(try Polish.formatMoney(decimal("1234.5")) == "1\(n)234,50\(n)zł")
        #expect(try Polish.formatMoney(decimal("0.005")) == "0,01\(n)zł")
        #expect(try Polish.formatMoney(decimal("0.004")) == "0,00\(n)zł")
        #expect(try Polish.formatMoney(decimal("-1234.5")) == "-1\(n)234,50\(n)zł")
        #expect(try Polish.formatMoney(decimal("-0.005")) == "-0,01\(n)zł")
        #expect(try Polish.formatMoney(decimal("-0.004")) == "0,00\(n)zł")
        #expect(try Polish.formatMoney(decimal("1000000000.99")) == "1\(n)000\(n)000\(n)000,99\(n)zł")
        #expect(try Polish.formatMoney(decimal("2.675")) == "2,68\(n)zł")
        #expect(try Polish.formatMoney(decimal("999.995")) == "1\(n)000,00\(n)zł")
        #expect(Polish.formatMoney(0) == "0,00\(n)zł")
        #expect(Polish.formatMoney(7) == "7,00\(n)zł")
        #expect(Polish.formatMoney(100) == "100,00\(n)zł")
        #expect(Polish.formatMoney(-12) == "-12,00\(n)zł")
        // Float literals go through Double; rounding to grosze still gives the expected text.
        #expect(Polish.formatMoney(1000000000.99) == "1\(n)000\(n)000\(n)000,99\(n)zł")
        #expect(Polish.formatMoney(1234.5) == "1\(n)234,50\(n)zł")
        // The only spaces are no-break spaces.
        #expect(!Polish.formatMoney(814000).contains(" "))
    }

    @Test func formatsNumbers() throws {
        let n = Self.nbsp
        #expect(try Polish.formatNumber(decimal("1234.5"), fractionDigits: 1) == "1234,5")
        #expect(try Polish.formatNumber(decimal("1234.5"), fractionDigits: 1, alwaysGroup: true) == "1\(n)234,5")
        #expect(try Polish.formatNumber(decimal("12345.5"), fractionDigits: 1) == "12\(n)345,5")
        #expect(try Polish.formatNumber(decimal("7.5"), fractionDigits: 1) == "7,5")
        #expect(try Polish.formatNumber(decimal("7.5")) == "8")
        #expect(try Polish.formatNumber(decimal("-7.5")) == "-8")
        #expect(try Polish.formatNumber(decimal("0.25"), fractionDigits: 3) == "0,250")
        #expect(try Polish.formatNumber(decimal("1234567.891"), fractionDigits: 2) == "1\(n)234\(n)567,89")
        #expect(try Polish.formatNumber(decimal("-0.04"), fractionDigits: 1) == "0,0")
        #expect(try Polish.formatNumber(decimal("3.14159"), fractionDigits: -2) == "3")
        #expect(Polish.formatNumber(814000) == "814\(n)000")
        #expect(Polish.formatNumber(1234) == "1234")
        #expect(Polish.formatNumber(1234, alwaysGroup: true) == "1\(n)234")
        #expect(Polish.formatNumber(-98765) == "-98\(n)765")
        #expect(Polish.formatNumber(Int.min) == "-9\(n)223\(n)372\(n)036\(n)854\(n)775\(n)808")
        #expect(Polish.formatNumber(UInt8(255)) == "255")
    }

    @Test func plainNumbers() throws {
        #expect(try Polish.plainNumber(decimal("0.25")) == "0,25")
        #expect(try Polish.plainNumber(decimal("-7.50")) == "-7,5")
        #expect(Polish.plainNumber(814000) == "814000")
        #expect(try Polish.plainNumber(decimal("-0")) == "0")
        #expect(try Polish.plainNumber(decimal("123456789012")) == "123456789012")
        #expect(Polish.plainNumber(Decimal(0)) == "0")
        #expect(Polish.plainNumber(Decimal(-3)) == "-3")
        #expect(Polish.plainNumber(Decimal(1 << 40 + 7)) == "1099511627783")
        #expect(Polish.plainNumber(Decimal(Int64.max)) == "9223372036854775807")
        #expect(Polish.plainNumber(Decimal(sign: .minus, exponent: 0, significand: 0)) == "0")
    }

    // MARK: Case

    @Test func uppercasesPolish() {
        #expect(Polish.uppercased("zażółć gęślą jaźń") == "ZAŻÓŁĆ GĘŚLĄ JAŹŃ")
        #expect(Polish.lowercased("ZAŻÓŁĆ GĘŚLĄ JAŹŃ") == "zażółć gęślą jaźń")
        #expect(Polish.uppercased("a\u{0328}") == "A\u{0328}")  // decomposed ą
    }

    @Test func capitalizesTheFirstLetterOnly() {
        #expect(Polish.capitalizedFirst("środa") == "Środa")
        #expect(Polish.capitalizedFirst("łódź i okolice") == "Łódź i okolice")
        #expect(Polish.capitalizedFirst("projekt UE") == "Projekt UE")
        #expect(Polish.capitalizedFirst("„ważne” dane") == "„Ważne” dane")
        #expect(Polish.capitalizedFirst("  żółw") == "  Żółw")
        #expect(Polish.capitalizedFirst("12 stycznia") == "12 Stycznia")
        #expect(Polish.capitalizedFirst("Już") == "Już")
        #expect(Polish.capitalizedFirst("") == "")
        #expect(Polish.capitalizedFirst("…") == "…")
    }

    // MARK: Collation

    @Test func sortsInPolishAlphabeticalOrder() {
        let names = [
            "Łukasz", "Lucyna", "Zenon", "Żaneta", "Źdźbło", "Ścibor", "Sebastian", "Ćwik",
            "Czesław", "Cezary", "Ołowska", "Ósemka", "Oliwia"
        ]
        let expected = [
            "Cezary", "Czesław", "Ćwik", "Lucyna", "Łukasz", "Oliwia", "Ołowska", "Ósemka",
            "Sebastian", "Ścibor", "Zenon", "Źdźbło", "Żaneta"
        ]
        #expect(Polish.sorted(names) == expected)
        #expect(names.sorted(by: Polish.areInIncreasingOrder) == expected)
        #expect(Polish.sorted(names.reversed()) == expected)
    }

    @Test func sortsAllLettersOfTheAlphabet() {
        let letters = "aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż".map(String.init)
        #expect(Polish.sorted(letters.shuffled()) == letters)
        #expect(Polish.sorted(letters.map { $0.uppercased() }.shuffled()) == letters.map { $0.uppercased() })
    }

    @Test func collationDetails() {
        // Case-insensitive first; lowercase first on a tie.
        #expect(
            Polish.sorted(["Kowalski", "adam", "Adam", "kowalski", "Bąk"])
                == ["adam", "Adam", "Bąk", "kowalski", "Kowalski"])
        // Words: a space sorts before any letter.
        #expect(
            Polish.sorted(["Nowakowska", "Nowak Zofia", "Nowak Anna", "Nowak"])
                == ["Nowak", "Nowak Anna", "Nowak Zofia", "Nowakowska"])
        // Hyphen and apostrophe are ignored at the first level.
        #expect(
            Polish.sorted(["Nowakowska", "Nowak-Jeleń", "Nowak Zofia", "Nowaki"])
                == ["Nowak Zofia", "Nowaki", "Nowak-Jeleń", "Nowakowska"])
        #expect(Polish.sorted(["Ozga", "O'Brien", "Obama"]) == ["Obama", "O'Brien", "Ozga"])
        // Leading, trailing and repeated spaces do not matter at the first level.
        #expect(Polish.compare("  Nowak   Anna ", "Nowak Anna") != .orderedSame)
        #expect(Polish.sorted(["Nowak Zofia", "  Nowak   Anna "]) == ["  Nowak   Anna ", "Nowak Zofia"])
        // Other Latin accents sort with the base letter, after it on a tie.
        #expect(Polish.sorted(["Müller", "Mueller", "Muller", "Mźller"]) == ["Mueller", "Muller", "Müller", "Mźller"])
        #expect(Polish.sorted(["Éva", "Ewa", "Eva", "Ęka"]) == ["Eva", "Éva", "Ewa", "Ęka"])
        #expect(Polish.sorted(["Straße", "Strasse", "Strasze"]) == ["Strasse", "Straße", "Strasze"])
        // Digits before letters, other scripts after Latin.
        #expect(Polish.sorted(["Ala", "Иван", "2 Ala", "10 Ala", "Żuk"]) == ["10 Ala", "2 Ala", "Ala", "Żuk", "Иван"])
        // Decomposed and precomposed Polish letters are the same letter.
        #expect(Polish.compare("Ła\u{0328}ka", "Łąka") == .orderedSame)
        #expect(Polish.collationKey("Ła\u{0328}ka") == Polish.collationKey("Łąka"))
        #expect(Polish.compare("Lato", "Łata") == .orderedAscending)
        #expect(Polish.compare("Łata", "Lato") == .orderedDescending)
        #expect(Polish.compare("Ala", "Ala") == .orderedSame)
    }

    @Test func sortsRecordsByAKey() {
        struct Person { var surname: String; var id: Int }
        let people = [
            Person(surname: "Żak", id: 1), Person(surname: "Zając", id: 2),
            Person(surname: "Ząbek", id: 3), Person(surname: "Zając", id: 4)
        ]
        #expect(Polish.sorted(people, by: \.surname).map(\.id) == [2, 4, 3, 1])
    }

    // MARK: Transliteration and file names

    @Test func transliterates() {
        #expect(Polish.transliterated("zażółć gęślą jaźń") == "zazolc gesla jazn")
        #expect(Polish.transliterated("ZAŻÓŁĆ GĘŚLĄ JAŹŃ") == "ZAZOLC GESLA JAZN")
        #expect(Polish.transliterated("Józef Ćwik, Łódź") == "Jozef Cwik, Lodz")
        #expect(Polish.transliterated("Müller Éva Öztürk Ñandú") == "Muller Eva Ozturk Nandu")
        #expect(Polish.transliterated("Straße, Søren, Đoković, Ærø") == "Strasse, Soren, Dokovic, AEro")
        #expect(Polish.transliterated("e\u{0301}a\u{0328}") == "ea")  // decomposed input
        #expect(Polish.transliterated("Иван – 5 €") == "Иван – 5 €")  // other scripts kept
        #expect(Polish.transliterated("plain ASCII") == "plain ASCII")
    }

    @Test func makesSafeFileNames() {
        #expect(Polish.safeFileName("Józef Ćwik / ../..") == "Jozef_Cwik")
        #expect(Polish.safeFileName("../../etc/passwd") == "etc_passwd")
        #expect(Polish.safeFileName("..\\..\\Windows\\system32") == "Windows_system32")
        #expect(Polish.safeFileName("Umowa – Józef Ćwik (kopia).docx") == "Umowa-Jozef_Cwik_kopia.docx")
        #expect(Polish.safeFileName("Nowak-Jeleń Anna") == "Nowak-Jelen_Anna")
        #expect(Polish.safeFileName("Raport  2026--03___05..docx") == "Raport_2026-03_05.docx")
        #expect(Polish.safeFileName("  .hidden file ") == "hidden_file")
        #expect(Polish.safeFileName("-rf") == "rf")
        #expect(Polish.safeFileName("zażółć: gęślą? jaźń*") == "zazolc_gesla_jazn")
        #expect(Polish.safeFileName("a\tb\nc\r\nd\u{0}e") == "a_b_c_de")
    }

    @Test func removesBidiAndInvisibleCharacters() {
        #expect(Polish.safeFileName("faktura\u{202E}fdp.exe") == "fakturafdp.exe")
        #expect(Polish.safeFileName("\u{200F}Umowa\u{200E}.docx") == "Umowa.docx")
        #expect(
            Polish.safeFileName("\u{2066}a\u{2067}b\u{2068}c\u{2069}\u{202A}d\u{202B}e\u{202C}f\u{202D}") == "abcdef")
        #expect(Polish.safeFileName("zero\u{200B}width\u{00AD}soft\u{FEFF}") == "zerowidthsoft")
        let name = Polish.safeFileName("\u{202E}\u{200F}x\u{0007}y")
        #expect(name == "xy")
    }

    @Test func fileNamesAreNeverEmptyOrSpecial() {
        for text in ["", ".", "..", "...", "/", "///", "-", " ", "\u{202E}", "Иван", "€€€", "._-"] {
            #expect(Polish.safeFileName(text) == "dokument", "\(text.debugDescription)")
        }
        #expect(Polish.safeFileName("CON") == "CON_")
        #expect(Polish.safeFileName("nul.docx") == "nul_.docx")
        #expect(Polish.safeFileName("com1.tar.gz") == "com1_.tar.gz")
        #expect(Polish.safeFileName("COM10") == "COM10")
        #expect(Polish.safeFileName("Console") == "Console")
    }

    @Test func fileNamesRespectTheLengthLimit() {
        let long = String(repeating: "ą", count: 200) + ".docx"
        let name = Polish.safeFileName(long)
        #expect(name == String(repeating: "a", count: 95) + ".docx")
        #expect(name.utf8.count == 100)
        #expect(Polish.safeFileName("Józef Ćwik", maxLength: 6) == "Jozef")  // no trailing "_"
        #expect(Polish.safeFileName("Józef Ćwik.docx", maxLength: 8) == "Joz.docx")
        #expect(Polish.safeFileName("abc.docx", maxLength: 4) == "abc")  // no trailing "."
        #expect(Polish.safeFileName("CON.docx", maxLength: 8) == "CO_.docx")  // still not reserved
        #expect(Polish.safeFileName("abcdef", maxLength: 0) == "a")
        for limit in 1...12 {
            for text in ["Józef Ćwik / ../..", "a.docx", "__x__.pdf", "Umowa – Józef Ćwik (kopia).docx"] {
                let result = Polish.safeFileName(text, maxLength: limit)
                #expect(result.count <= limit && !result.isEmpty, "\(text) \(limit) → \(result)")
                #expect(result != "." && result != "..")
                #expect(!result.hasPrefix(".") && !result.hasPrefix("-"), "\(text) \(limit) → \(result)")
            }
        }
    }

    @Test func fileNamesOnlyUseSafeCharacters() {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        let nasty = "Zażółć\u{0} gęślą\u{202E} <jaźń>|\"*?:\\/ żółw™ 漢字 😀 \u{1F1F5}\u{1F1F1}.docx"
        let name = Polish.safeFileName(nasty)
        #expect(name == "Zazolc_gesla_jazn_zolw.docx")
        #expect(name.allSatisfy(allowed.contains))
    }
}

@Suite struct PolishCountedTests {
    @Test func nounsAgreeWithTheNumber() {
        let forms = [1, 2, 4, 5, 12, 14, 22, 25, 101, 104, 112].map {
            Polish.counted($0, one: "wydarzenie", few: "wydarzenia", many: "wydarzeń")
        }
        #expect(
            forms == [
                "1 wydarzenie", "2 wydarzenia", "4 wydarzenia", "5 wydarzeń", "12 wydarzeń", "14 wydarzeń",
                "22 wydarzenia", "25 wydarzeń", "101 wydarzeń", "104 wydarzenia", "112 wydarzeń"
            ])
    }
}
