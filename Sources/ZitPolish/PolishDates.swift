/// Dates as a Polish document writes them: "5 marca 2026 r.", "11–12 maja 2026 r.",
/// "30 czerwca – 1 lipca 2026 r.".
public enum PolishDates {
    public static func day(_ date: CalendarDate) -> String {
        (try? Polish.format(date, pattern: "d MMMM yyyy 'r.'")) ?? date.description
    }

    public static func range(_ dates: [CalendarDate]) -> String {
        guard let first = dates.min(), let last = dates.max() else { return "" }
        if first == last { return day(first) }
        let month = Polish.genitiveMonthNames
        if first.year == last.year, first.month == last.month {
            return "\(first.day)–\(last.day) \(month[last.month - 1]) \(last.year) r."
        }
        if first.year == last.year {
            return "\(first.day) \(month[first.month - 1]) – \(last.day) \(month[last.month - 1]) \(last.year) r."
        }
        return "\(day(first)) – \(day(last))"
    }
}
