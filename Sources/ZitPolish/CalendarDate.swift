/// A calendar date with an optional wall-clock time, without any time zone.
///
/// Documents show dates "as written" (the day of a training, a contract
/// signature date), so the value is a plain proleptic Gregorian
/// year/month/day, optionally with hour and minute. It is never converted
/// between time zones, which keeps rendering independent of the machine's
/// time-zone database and settings.
///
/// Invariants (enforced by every initializer): `year` is 1...9999, `month`
/// 1...12, `day` valid for that month and year (leap years included), and
/// either both `hour` (0...23) and `minute` (0...59) are set or neither is.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int?
    public let minute: Int?

    /// Creates a validated date; returns `nil` for impossible values such as
    /// February 30th or month 13.
    ///
    /// Passing only `hour` means "on the hour" (`minute` becomes 0); passing
    /// `minute` without `hour` is rejected because it cannot be meaningful.
    public init?(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= CalendarDate.daysInMonth(year: year, month: month)
        else { return nil }
        switch (hour, minute) {
        case (nil, nil):
            break
        case (let h?, let m):
            guard (0...23).contains(h), (0...59).contains(m ?? 0) else { return nil }
        case (nil, _?):
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = hour == nil ? nil : (minute ?? 0)
    }

    /// Whether the value carries a time of day.
    public var hasTime: Bool { hour != nil }

    /// `true` for Gregorian leap years (divisible by 4, except centuries not
    /// divisible by 400: 2000 and 2024 are leap years, 1900 and 2100 are not).
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Number of days in `month` (1...12) of `year`; 0 for an invalid month.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    /// Days since 1970-01-01 (negative before it), using Howard Hinnant's
    /// `days_from_civil` algorithm: exact for the whole proleptic Gregorian
    /// calendar, no tables, no Foundation `Calendar`.
    public var daysSince1970: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400  // 0...399
        let shiftedMonth = month > 2 ? month - 3 : month + 9  // March = 0
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1  // 0...365
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// ISO 8601 weekday: 1 = Monday (poniedziałek) ... 7 = Sunday (niedziela),
    /// matching the Polish convention that the week starts on Monday.
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (ISO weekday 4).
        let mod = (daysSince1970 + 3) % 7
        return (mod < 0 ? mod + 7 : mod) + 1
    }

    /// Chronological order. On the same day a date without a time sorts
    /// before any date with a time (it is treated as "the day itself").
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour ?? -1, lhs.minute ?? -1)
            < (rhs.year, rhs.month, rhs.day, rhs.hour ?? -1, rhs.minute ?? -1)
    }

    /// ISO 8601 form: "2026-03-05" or "2026-03-05T09:30" (useful in logs and
    /// error messages; for documents use `Polish.format`).
    public var description: String {
        var s = Polish.zeroPad(year, 4) + "-" + Polish.zeroPad(month, 2) + "-" + Polish.zeroPad(day, 2)
        if let hour, let minute { s += "T" + Polish.zeroPad(hour, 2) + ":" + Polish.zeroPad(minute, 2) }
        return s
    }
}

extension Polish {
    /// Zero-pads a non-negative integer to at least `width` digits.
    static func zeroPad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

// MARK: - Parsing

extension CalendarDate {
    /// Parses a date as it appears in project data (YAML, CSV, spreadsheets).
    ///
    /// Accepted forms (leading/trailing ASCII whitespace is ignored):
    ///
    /// * ISO 8601: `2026-03-05`, `2026-03-05T09:30`, `2026-03-05 09:30`,
    ///   `2026-03-05T09:30:00`, `2026-03-05T09:30:00.000`. Year, month, day,
    ///   hour and minute must have exactly 4/2/2/2/2 digits.
    /// * Polish spreadsheet style `dd.MM.yyyy`: `05.03.2026`, also `5.3.2026`,
    ///   optionally followed by a space and `H:mm` / `HH:mm[:ss]`.
    ///
    /// Seconds (0...60, to tolerate leap seconds) and fractional seconds are
    /// accepted but dropped: documents never show them.
    ///
    /// A trailing time-zone designator after an ISO time (`Z`, `+01:00`,
    /// `+0100`, `-05`) is accepted and **ignored**: the time is kept exactly
    /// as written (wall-clock semantics). Converting would require the tz
    /// database of the machine (results could differ between machines) and
    /// project data is entered in Polish local time, where the offset merely
    /// restates that. Caveat: a value produced by JavaScript's
    /// `toISOString()` is in UTC, so local midnight becomes the previous
    /// day ("2026-03-04T23:00:00.000Z"); such data must be fixed at the
    /// source. A designator without a time ("2026-03-05Z") is rejected.
    ///
    /// Returns `nil` for anything else, including impossible dates
    /// (2026-02-30, month 13, hour 24).
    public init?<S: StringProtocol>(iso text: S) {
        var bytes = Array(text.utf8)
        while let last = bytes.last, CalendarDate.isSpace(last) { bytes.removeLast() }
        var start = 0
        while start < bytes.count, CalendarDate.isSpace(bytes[start]) { start += 1 }
        var iso = Scanner(bytes: bytes, position: start)
        var polish = Scanner(bytes: bytes, position: start)
        guard let parsed = iso.parseISO() ?? polish.parsePolish(),
            let date = CalendarDate(
                year: parsed.year, month: parsed.month, day: parsed.day,
                hour: parsed.hour, minute: parsed.minute)
        else { return nil }
        self = date
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    private typealias Fields = (year: Int, month: Int, day: Int, hour: Int?, minute: Int?)

    /// A tiny byte scanner; dates are ASCII, so working on UTF-8 bytes is
    /// both simpler and faster than walking `Character`s.
    private struct Scanner {
        let bytes: [UInt8]
        var position: Int

        var atEnd: Bool { position == bytes.count }

        mutating func consume(_ byte: UInt8) -> Bool {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        mutating func consume(anyOf set: [UInt8]) -> UInt8? {
            guard position < bytes.count, set.contains(bytes[position]) else { return nil }
            position += 1
            return bytes[position - 1]
        }

        /// Reads between `min` and `max` ASCII digits.
        mutating func number(min: Int, max: Int) -> Int? {
            var value = 0
            var count = 0
            while count < max, position < bytes.count, (0x30...0x39).contains(bytes[position]) {
                value = value * 10 + Int(bytes[position] - 0x30)
                position += 1
                count += 1
            }
            return count >= min ? value : nil
        }

        mutating func parseISO() -> Fields? {
            guard let year = number(min: 4, max: 4), consume(0x2D),  // "-"
                let month = number(min: 2, max: 2), consume(0x2D),
                let day = number(min: 2, max: 2)
            else { return nil }
            if atEnd { return (year, month, day, nil, nil) }
            guard consume(anyOf: [0x54, 0x74, 0x20]) != nil,  // "T", "t", " "
                let (hour, minute) = time(hourDigits: 2)
            else { return nil }
            // Optional zone designator, ignored (see the initializer's docs).
            if consume(anyOf: [0x5A, 0x7A]) != nil {  // "Z", "z"
            } else if consume(anyOf: [0x2B, 0x2D]) != nil {  // "+", "-"
                guard let offsetHours = number(min: 2, max: 2), offsetHours <= 23 else { return nil }
                if !atEnd {
                    _ = consume(0x3A)  // optional ":"
                    guard let offsetMinutes = number(min: 2, max: 2), offsetMinutes <= 59 else { return nil }
                }
            }
            return atEnd ? (year, month, day, hour, minute) : nil
        }

        mutating func parsePolish() -> Fields? {
            guard let day = number(min: 1, max: 2), consume(0x2E),  // "."
                let month = number(min: 1, max: 2), consume(0x2E),
                let year = number(min: 4, max: 4)
            else { return nil }
            if atEnd { return (year, month, day, nil, nil) }
            guard consume(0x20), let (hour, minute) = time(hourDigits: 1), atEnd else { return nil }
            return (year, month, day, hour, minute)
        }

        /// `HH:mm[:ss[.fff]]`; range checks happen in `CalendarDate.init`.
        mutating func time(hourDigits: Int) -> (Int, Int)? {
            guard let hour = number(min: hourDigits, max: 2), consume(0x3A),  // ":"
                let minute = number(min: 2, max: 2)
            else { return nil }
            if consume(0x3A) {
                guard let second = number(min: 2, max: 2), second <= 60 else { return nil }
                if consume(anyOf: [0x2E, 0x2C]) != nil {  // "." or ","
                    guard number(min: 1, max: 9) != nil else { return nil }
                }
            }
            return (hour, minute)
        }
    }
}
