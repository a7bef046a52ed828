/// A date as the sheet shows it: a plain proleptic Gregorian year/month/day, optionally with a
/// time of day, and no time zone (spreadsheets have none, and a birth date must never shift
/// by a day because of the machine's zone).
///
/// Invariants (checked by the initializer): year 1...9999, month 1...12, a day that exists in
/// that month. The fields match `ZitEngine`'s `CalendarDate(year:month:day:hour:minute:)`, so
/// converting is a field copy, without this module depending on the engine.
public struct SheetDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    /// Present when the file stores a time of day with the date.
    public let time: SheetTime?

    public init?(year: Int, month: Int, day: Int, time: SheetTime? = nil) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...SheetDate.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.time = time
    }

    /// "2026-03-05", or "2026-03-05 09:30" with a time.
    public var description: String {
        let date = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        return time.map { date + " " + $0.description } ?? date
    }

    /// Earlier first; on the same day, a date without a time comes before one with a time.
    public static func < (a: SheetDate, b: SheetDate) -> Bool {
        let left = (a.year, a.month, a.day, a.time?.secondsSinceMidnight ?? -1)
        let right = (b.year, b.month, b.day, b.time?.secondsSinceMidnight ?? -1)
        return left < right
    }

    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    /// The date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`: exact over the
    /// whole proleptic Gregorian calendar, no Foundation `Calendar` and no time zone).
    init?(daysSince1970 days: Int, time: SheetTime?) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097  // 0...146096
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)  // 0...365
        let shiftedMonth = (5 * dayOfYear + 2) / 153  // March = 0
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day, time: time)
    }

    /// ISO 8601 as ODF `office:date-value` and OOXML `t="d"` cells write it: "2026-03-05",
    /// "2026-03-05T09:30:00", with optional fractional seconds (rounded) and a zone suffix
    /// (ignored: the value is shown as written). Nil for anything else.
    init?(iso text: String) {
        let bytes = Array(text.utf8)
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + digits] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += digits
            return value
        }
        func skip(_ character: Character) -> Bool {
            guard index < bytes.count, bytes[index] == character.asciiValue else { return false }
            index += 1
            return true
        }
        guard let year = number(4), skip("-"), let month = number(2), skip("-"), let day = number(2) else {
            return nil
        }
        var time: SheetTime?
        if skip("T") || skip(" ") {
            guard let hour = number(2), hour <= 23, skip(":"), let minute = number(2), minute <= 59 else { return nil }
            var second = 0
            if skip(":") {
                guard let whole = number(2), whole <= 59 else { return nil }
                second = whole
                if skip(".") || skip(",") {
                    // Fractional seconds are rounded, as the sheet shows them.
                    if index < bytes.count, bytes[index] >= 0x35, bytes[index] <= 0x39 { second += 1 }
                    while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
                }
            }
            // Rounding never moves a value into the next day: 23:59:59.7 stays 23:59:59.
            time = SheetTime(secondsSinceMidnight: min(hour * 3600 + minute * 60 + second, 86_399))
        }
        // Whatever follows (Z, +01:00) is a zone, which a spreadsheet value does not have.
        if index < bytes.count,
            !(bytes[index] == UInt8(ascii: "Z") || bytes[index] == UInt8(ascii: "+")
                || bytes[index] == UInt8(ascii: "-"))
        {
            return nil
        }
        self.init(year: year, month: month, day: day, time: time)
    }
}

/// A time of day, 00:00:00 to 23:59:59.
public struct SheetTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int
    public let second: Int

    public init?(hour: Int, minute: Int, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    init(secondsSinceMidnight seconds: Int) {
        let clamped = min(max(seconds, 0), 86_399)
        hour = clamped / 3600
        minute = clamped / 60 % 60
        second = clamped % 60
    }

    var secondsSinceMidnight: Int { hour * 3600 + minute * 60 + second }

    /// "09:30", or "09:30:15" when there are seconds.
    public var description: String {
        let short = pad(hour, 2) + ":" + pad(minute, 2)
        return second == 0 ? short : short + ":" + pad(second, 2)
    }

    public static func < (a: SheetTime, b: SheetTime) -> Bool { a.secondsSinceMidnight < b.secondsSinceMidnight }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
