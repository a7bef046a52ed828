import Foundation

extension Polish {
    /// NO-BREAK SPACE (U+00A0). Used as the thousands separator and before
    /// "zł": an amount such as "814 000,00 zł" must never be split across
    /// lines or table-cell wraps ("814" at the end of one line and "000,00 zł"
    /// on the next reads as two different numbers). Word and LibreOffice
    /// honour U+00A0 in DOCX/ODT text runs.
    public static let noBreakSpace: Character = "\u{00A0}"

    /// Formats an amount in Polish złoty: "814 000,00 zł", "-1 234,50 zł",
    /// "0,00 zł".
    ///
    /// * Exactly two decimals, decimal comma, rounded half away from zero
    ///   ("half-up" as taught in Polish schools and used in accounting):
    ///   0.005 → "0,01 zł", -0.005 → "-0,01 zł".
    /// * Thousands are always grouped, even for 4-digit amounts
    ///   ("1 234,50 zł"), so that amounts line up and look alike in budget
    ///   tables.
    /// * Group separator and the space before "zł" are U+00A0 (see
    ///   `noBreakSpace`).
    /// * Negative amounts use ASCII hyphen-minus "-" (what Polish accounting
    ///   software and spreadsheets produce, and what survives copy/paste into
    ///   them). A value that rounds to zero is printed without a sign.
    ///
    /// Pass amounts as `Decimal(string:)` or integer literals; a *float*
    /// literal such as `1234.56 as Decimal` goes through `Double` first and
    /// may already be inexact before rounding.
    public static func formatMoney(_ amount: Decimal) -> String {
        formatDecimal(amount, fractionDigits: 2, alwaysGroup: true) + "\u{00A0}zł"
    }

    /// Formats a number the Polish way: decimal comma, U+00A0 thousands
    /// separator, exactly `fractionDigits` decimals (rounded half away from
    /// zero, padded with zeros; negative values are treated as 0).
    ///
    /// Grouping follows CLDR's Polish rule (minimumGroupingDigits = 2) and
    /// the Polish typographic norm: numbers with a 4-digit integer part are
    /// not grouped ("1234,5"), from 5 digits on they are ("12 345,5").
    /// Pass `alwaysGroup: true` for table columns where all values should
    /// look alike ("1 234,5"); money is always grouped (`formatMoney`).
    public static func formatNumber(_ value: Decimal, fractionDigits: Int = 0, alwaysGroup: Bool = false) -> String {
        formatDecimal(value, fractionDigits: fractionDigits, alwaysGroup: alwaysGroup)
    }

    /// A number exactly as stored, written the Polish way: decimal comma,
    /// hyphen-minus, every significant digit, no rounding and **no
    /// grouping**: 0.25 → "0,25", -7.5 → "-7,5", 814000 → "814000".
    ///
    /// This is how a bare number is shown when a template applies no filter.
    /// Grouping is left out on purpose: unformatted numbers in project data
    /// are often identifiers or years (REGON, NIP, KRS, 2026), which must
    /// never be split; amounts should use `formatMoney` / `formatNumber`.
    public static func plainNumber(_ value: Decimal) -> String {
        if value.isNaN { return "NaN" }
        // Whole numbers (counters, "Lp.", counts) are most of what templates print, and
        // `Decimal.description` costs about ten times more than this.
        if value.exponent >= 0, value.exponent <= 18 {
            let whole = NSDecimalNumber(decimal: value).int64Value
            if Decimal(whole) == value { return String(whole) }
        }
        // `Decimal.description` is locale-independent, without exponent and
        // without trailing fractional zeros ("7.5", "-0.25", "1000").
        var text = value.description
        if text == "-0" { text = "0" }
        return text.replacingOccurrences(of: ".", with: ",")
    }

    /// Integer overload of `formatNumber`: 12345 → "12 345", 1234 → "1234".
    public static func formatNumber<T: BinaryInteger>(_ value: T, alwaysGroup: Bool = false) -> String {
        let digits = String(value.magnitude)
        let grouped = group(digits, alwaysGroup: alwaysGroup)
        return value < 0 ? "-" + grouped : grouped
    }

    /// Shared implementation. Rounding uses `NSDecimalRound` in `.plain`
    /// mode (half away from zero), which works in base 10 and does not
    /// depend on the locale. Digits are then taken from `Decimal.description`,
    /// which is locale-independent ("-1234.5") and never uses an exponent.
    private static func formatDecimal(_ value: Decimal, fractionDigits: Int, alwaysGroup: Bool) -> String {
        if value.isNaN { return "NaN" }
        let scale = max(0, fractionDigits)
        var input = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, scale, .plain)

        var text = Substring(rounded.description)
        var negative = false
        if text.first == "-" {
            negative = true
            text = text.dropFirst()
        }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerDigits = parts[0].isEmpty ? "0" : String(parts[0])
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        if fraction.count < scale {
            fraction += String(repeating: "0", count: scale - fraction.count)
        } else if fraction.count > scale {
            fraction = String(fraction.prefix(scale))  // cannot happen after rounding; defensive
        }

        // No "-0,00": a value that rounds to zero has no sign.
        if negative, integerDigits.allSatisfy({ $0 == "0" }), fraction.allSatisfy({ $0 == "0" }) {
            negative = false
        }
        var result = negative ? "-" : ""
        result += group(integerDigits, alwaysGroup: alwaysGroup)
        if scale > 0 { result += "," + fraction }
        return result
    }

    /// Inserts U+00A0 between groups of three digits from the right. Without
    /// `alwaysGroup`, 4-digit numbers are left as they are (CLDR Polish).
    private static func group(_ digits: String, alwaysGroup: Bool) -> String {
        let count = digits.utf8.count
        if count <= 3 || (count == 4 && !alwaysGroup) { return digits }
        var out = ""
        out.reserveCapacity(count + count / 3 * 2)
        for (i, ch) in digits.enumerated() {
            if i > 0, (count - i) % 3 == 0 { out.append(noBreakSpace) }
            out.append(ch)
        }
        return out
    }
}
