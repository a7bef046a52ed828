extension Polish {
    /// Pattern used when a template does not specify one: "5 marca 2026 r.".
    /// The genitive month plus "r." (roku) is the standard form in Polish
    /// official letters and contracts.
    public static let defaultDatePattern = "d MMMM yyyy 'r.'"

    /// Short month names (`MMM`), as in Polish calendars: "sty", "lut", ...
    /// Written without a trailing period so templates decide on punctuation.
    public static let shortMonthNames = [
        "sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"
    ]

    /// Month names in the genitive (`MMMM`): used after a day number,
    /// "5 marca 2026", which is how Polish dates are always written.
    public static let genitiveMonthNames = [
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
        "lipca", "sierpnia", "września", "października", "listopada", "grudnia"
    ]

    /// Month names in the nominative (`LLLL`, "stand-alone" in CLDR terms):
    /// used without a day, e.g. in headings "marzec 2026".
    public static let nominativeMonthNames = [
        "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec",
        "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"
    ]

    /// Weekday names indexed by `CalendarDate.isoWeekday - 1` (Monday first).
    /// Lowercase, as Polish spells them in running text.
    public static let weekdayNames = [
        "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"
    ]

    /// Why a date pattern could not be used. The messages are meant to be
    /// shown verbatim to template authors, so they quote the whole pattern.
    public enum DatePatternError: Error, Sendable, Hashable, CustomStringConvertible {
        /// An ASCII letter outside quotes that is not a pattern letter.
        case unknownLetter(Character, pattern: String)
        /// A known letter repeated an unsupported number of times ("ddd").
        case unsupportedToken(String, pattern: String)
        /// A `'` that opens quoted text but is never closed.
        case unterminatedQuote(pattern: String)
        /// The pattern asks for the time (H, HH, mm) but the date has none.
        /// Rendering "0:00" would silently print a wrong time, so it fails.
        case missingTime(token: String, pattern: String, date: CalendarDate)

        public var description: String {
            switch self {
            case let .unknownLetter(letter, pattern):
                return "nieznana litera „\(letter)” we wzorcu daty „\(pattern)”"
            case let .unsupportedToken(token, pattern):
                return "nieobsługiwany element „\(token)” we wzorcu daty „\(pattern)”"
                    + " (obsługiwane: d dd M MM MMM MMMM LLLL yy yyyy EEEE H HH mm)"
            case let .unterminatedQuote(pattern):
                return "niezamknięty apostrof we wzorcu daty „\(pattern)” (sam apostrof zapisz jako '')"
            case let .missingTime(token, pattern, date):
                return "wzorzec daty „\(pattern)” zawiera „\(token)”, ale data \(date) nie ma podanej godziny"
            }
        }
    }

    /// A parsed date pattern. Parse once (e.g. when a template is loaded, so
    /// mistakes surface before any document is generated), format many times.
    ///
    /// Pattern syntax is the familiar CLDR/ICU subset:
    ///
    /// | token  | output for 2026-03-05 09:07 |
    /// |--------|-----------------------------|
    /// | `d`    | 5                           |
    /// | `dd`   | 05                          |
    /// | `M`    | 3                           |
    /// | `MM`   | 03                          |
    /// | `MMM`  | mar                         |
    /// | `MMMM` | marca (genitive)            |
    /// | `LLLL` | marzec (nominative)         |
    /// | `yy`   | 26                          |
    /// | `yyyy` | 2026                        |
    /// | `EEEE` | czwartek                    |
    /// | `H`    | 9                           |
    /// | `HH`   | 09                          |
    /// | `mm`   | 07                          |
    ///
    /// Text in single quotes is literal (`'r.'`), `''` is a literal quote
    /// (inside or outside quoted text). Any other ASCII letter outside quotes
    /// is an error rather than literal text, so typos such as "DD.MM.YYYY"
    /// are reported instead of leaking into documents (and "dd.mm.yyyy",
    /// minutes instead of months, fails with `.missingTime` on plain dates).
    /// All other characters, including non-ASCII letters such as "ś", are
    /// copied unchanged; words should still be quoted ('dnia'), because
    /// their ASCII letters would otherwise be read as pattern letters.
    public struct DatePattern: Sendable, Hashable {
        enum Token: Sendable, Hashable {
            case literal(String)
            case day, day2, month, month2, monthShort, monthGenitive, monthNominative
            case year2, year4, weekday, hour, hour2, minute2
        }

        /// The pattern text as written by the template author.
        public let pattern: String
        let tokens: [Token]

        public init(_ pattern: String) throws(DatePatternError) {
            self.pattern = pattern
            var tokens: [Token] = []
            var literal = ""
            let chars = Array(pattern)
            var i = 0
            while i < chars.count {
                let c = chars[i]
                if c == "'" {
                    if i + 1 < chars.count, chars[i + 1] == "'" {  // '' outside quotes
                        literal.append("'")
                        i += 2
                        continue
                    }
                    i += 1
                    var closed = false
                    while i < chars.count {
                        if chars[i] == "'" {
                            if i + 1 < chars.count, chars[i + 1] == "'" {
                                literal.append("'")
                                i += 2
                                continue
                            }
                            closed = true
                            i += 1
                            break
                        }
                        literal.append(chars[i])
                        i += 1
                    }
                    if !closed { throw .unterminatedQuote(pattern: pattern) }
                    continue
                }
                guard let ascii = c.asciiValue, (ascii >= 0x41 && ascii <= 0x5A) || (ascii >= 0x61 && ascii <= 0x7A)
                else {
                    literal.append(c)
                    i += 1
                    continue
                }
                var run = 1
                while i + run < chars.count, chars[i + run] == c { run += 1 }
                let token: Token
                switch (c, run) {
                case ("d", 1): token = .day
                case ("d", 2): token = .day2
                case ("M", 1): token = .month
                case ("M", 2): token = .month2
                case ("M", 3): token = .monthShort
                case ("M", 4): token = .monthGenitive
                case ("L", 4): token = .monthNominative
                case ("y", 2): token = .year2
                case ("y", 4): token = .year4
                case ("E", 4): token = .weekday
                case ("H", 1): token = .hour
                case ("H", 2): token = .hour2
                case ("m", 2): token = .minute2
                case ("d", _), ("M", _), ("L", _), ("y", _), ("E", _), ("H", _), ("m", _):
                    throw .unsupportedToken(String(repeating: c, count: run), pattern: pattern)
                default:
                    throw .unknownLetter(c, pattern: pattern)
                }
                if !literal.isEmpty {
                    tokens.append(.literal(literal))
                    literal = ""
                }
                tokens.append(token)
                i += run
            }
            if !literal.isEmpty { tokens.append(.literal(literal)) }
            self.tokens = tokens
        }

        /// Whether the pattern prints a time (so it needs a date with a time).
        public var usesTime: Bool {
            tokens.contains { [.hour, .hour2, .minute2].contains($0) }
        }

        /// Renders `date`; throws `.missingTime` only when the pattern uses
        /// H/HH/mm and `date` has no time.
        public func format(_ date: CalendarDate) throws(DatePatternError) -> String {
            var out = ""
            out.reserveCapacity(pattern.utf8.count + 16)
            for token in tokens {
                switch token {
                case .literal(let text): out += text
                case .day: out += String(date.day)
                case .day2: out += Polish.zeroPad(date.day, 2)
                case .month: out += String(date.month)
                case .month2: out += Polish.zeroPad(date.month, 2)
                case .monthShort: out += Polish.shortMonthNames[date.month - 1]
                case .monthGenitive: out += Polish.genitiveMonthNames[date.month - 1]
                case .monthNominative: out += Polish.nominativeMonthNames[date.month - 1]
                case .year2: out += Polish.zeroPad(date.year % 100, 2)
                case .year4: out += Polish.zeroPad(date.year, 4)
                case .weekday: out += Polish.weekdayNames[date.isoWeekday - 1]
                case .hour, .hour2:
                    guard let hour = date.hour else {
                        throw .missingTime(token: token == .hour ? "H" : "HH", pattern: pattern, date: date)
                    }
                    out += token == .hour ? String(hour) : Polish.zeroPad(hour, 2)
                case .minute2:
                    guard let minute = date.minute else {
                        throw .missingTime(token: "mm", pattern: pattern, date: date)
                    }
                    out += Polish.zeroPad(minute, 2)
                }
            }
            return out
        }
    }

    /// Formats `date` with a pattern (see `DatePattern` for the syntax).
    /// `format(CalendarDate(iso: "2026-03-05")!)` → "5 marca 2026 r.".
    ///
    /// Throws `DatePatternError` for a bad pattern, or when the pattern needs
    /// a time the date does not have. When formatting many dates with one
    /// pattern, create a `DatePattern` once instead.
    public static func format(_ date: CalendarDate, pattern: String = defaultDatePattern) throws(DatePatternError)
        -> String
    {
        try DatePattern(pattern).format(date)
    }
}
