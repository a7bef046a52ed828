import Testing
import ZitPolish

/// Dates as Polish documents write them: a day, and a range within a month, a year or across years.
@Suite struct PolishDatesTests {
    @Test func dateRangesReadAsPolishDocumentsWriteThem() {
        let dates = ["2026-05-11", "2026-05-12"].compactMap { CalendarDate(iso: $0) }
        #expect(PolishDates.range(dates) == "11–12 maja 2026 r.")
        #expect(
            PolishDates.range(["2026-06-30", "2026-07-01"].compactMap { CalendarDate(iso: $0) })
                == "30 czerwca – 1 lipca 2026 r.")
        #expect(PolishDates.range([CalendarDate(iso: "2026-03-05")!]) == "5 marca 2026 r.")
    }

    @Test func rangesAcrossYearsKeepBothYearMarks() {
        #expect(
            PolishDates.range(["2025-01-01", "2026-12-31"].compactMap { CalendarDate(iso: $0) })
                == "1 stycznia 2025 r. – 31 grudnia 2026 r.")
    }

    @Test func aDayHasItsYearMark() {
        #expect(PolishDates.day(CalendarDate(iso: "2026-03-05")!) == "5 marca 2026 r.")
    }
}
