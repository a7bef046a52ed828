/// Which xlsx cells hold dates.
///
/// An xlsx file stores a date as a plain number (days since 1900 or 1904); only the cell's
/// number format says that it is a date. The format is found through the cell's style index
/// (`s`) → `cellXfs` in styles.xml → `numFmtId` → a built-in format or a `numFmt` code.
enum NumberFormat {
    enum Kind: Equatable {
        /// Shown as a number (including percentages, currency and elapsed `[h]:mm`).
        case number
        case date
        case dateTime
        /// A time of day only (h:mm, mm:ss).
        case time
    }

    /// The built-in formats that show dates and times (ECMA-376 Part 1, 18.8.30):
    /// 14 m/d/yyyy (shown by Polish Excel as dd.mm.yyyy), 15 d-mmm-yy, 16 d-mmm, 17 mmm-yy,
    /// 18–21 times, 22 m/d/yyyy h:mm, 45 mm:ss, 47 mm:ss.0. 46 is `[h]:mm:ss`, an elapsed
    /// duration that can exceed 24 hours, so it stays a number (in days).
    static func kind(builtIn id: Int) -> Kind {
        switch id {
        case 14...17: return .date
        case 18...21, 45, 47: return .time
        case 22: return .dateTime
        default: return .number
        }
    }

    /// Classifies a custom format code by its date and time letters (d, m, y, h, s) outside
    /// quoted text, `\`-escaped characters, `_`/`*` fill characters and `[...]` sections
    /// (colours, conditions, locales like `[$-415]`). Only the first section (before `;`)
    /// counts: it is the one used for positive numbers, which dates are. "m" means minutes
    /// right after an hour or right before seconds, and months everywhere else, as in Excel.
    /// A bracketed `[h]`, `[mm]` or `[ss]` means an elapsed duration: a number, not a date.
    static func kind(code: String) -> Kind {
        let characters = Array(code.lowercased().unicodeScalars)
        var tokens: [Unicode.Scalar] = []  // one per run of the same date/time letter
        var elapsed = false, amPm = false
        var index = 0
        scan: while index < characters.count {
            let character = characters[index]
            switch character {
            case ";":
                break scan
            case "\"":
                index += 1
                while index < characters.count, characters[index] != "\"" { index += 1 }
            case "\\", "_", "*":
                index += 1
            case "[":
                var content: [Unicode.Scalar] = []
                index += 1
                while index < characters.count, characters[index] != "]" {
                    content.append(characters[index])
                    index += 1
                }
                if !content.isEmpty, content.allSatisfy({ $0 == "h" || $0 == "m" || $0 == "s" }) { elapsed = true }
            case "a":
                // AM/PM and A/P switch to a 12-hour clock; their letters are not date parts.
                if characters[index...].starts(with: Array("am/pm".unicodeScalars)) {
                    amPm = true
                    index += 4
                } else if characters[index...].starts(with: Array("a/p".unicodeScalars)) {
                    amPm = true
                    index += 2
                }
            case "d", "m", "y", "h", "s":
                if tokens.last != character || index == 0 || characters[index - 1] != character {
                    tokens.append(character)
                }
            default:
                break
            }
            index += 1
        }
        if elapsed { return .number }
        var hasDate = false, hasTime = amPm
        for (position, token) in tokens.enumerated() {
            switch token {
            case "d", "y": hasDate = true
            case "h", "s": hasTime = true
            default:  // "m"
                let afterHour = position > 0 && tokens[position - 1] == "h"
                let beforeSecond = position + 1 < tokens.count && tokens[position + 1] == "s"
                if afterHour || beforeSecond { hasTime = true } else { hasDate = true }
            }
        }
        switch (hasDate, hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        case (false, false): return .number
        }
    }
}

/// Excel's serial dates: days since an epoch, the fraction being the time of day.
enum SerialDate {
    /// Days from 1970-01-01 back to the day before serial 1 in each system's counting:
    /// 1899-12-30 for the 1900 system (valid from serial 61 on, see `value`), and 1904-01-01.
    static let epoch1900 = -25_569
    static let epoch1904 = -24_107
    /// 9999-12-31, the last date Excel shows, in the 1900 system.
    static let lastSerial = 2_958_465.0

    /// The cell's value for a number whose format is a date or time.
    ///
    /// The 1900 system inherits Lotus 1-2-3's mistake that 1900 was a leap year: serial 60 is
    /// 29 February 1900, a day that never existed, and serials 1–59 (January and February
    /// 1900) are one day off compared with later ones. Serials before 61 are shifted back into
    /// place, and 60 stays a number, because no real date can be given for it. Negative numbers
    /// and numbers after 9999 (shown as #### by Excel) stay numbers too.
    static func value(_ serial: Double, kind: NumberFormat.Kind, date1904: Bool) -> CellValue {
        guard kind != .number, serial.isFinite, serial >= 0, serial <= lastSerial + 1 else { return .number(serial) }
        let totalSeconds = Int((serial * 86_400).rounded())
        let days = totalSeconds / 86_400
        let seconds = totalSeconds % 86_400
        let showsTime = kind == .time || kind == .dateTime
        if kind == .time && days == 0 { return .time(SheetTime(secondsSinceMidnight: seconds)) }
        var sinceEpoch = days
        if !date1904 {
            if days == 60 { return .number(serial) }
            if days == 0 { return showsTime ? .time(SheetTime(secondsSinceMidnight: seconds)) : .number(serial) }
            if days < 60 { sinceEpoch += 1 }
        }
        let time = showsTime || seconds != 0 ? SheetTime(secondsSinceMidnight: seconds) : nil
        let epoch = date1904 ? epoch1904 : epoch1900
        guard let date = SheetDate(daysSince1970: epoch + sinceEpoch, time: time) else { return .number(serial) }
        return .date(date)
    }
}
