import Foundation
import ZitPolish

/// The filters a tag may apply to its value: `{{amount | money}}`, `{{date | date:"d MMMM yyyy"}}`.
public enum Filter: String, CaseIterable, Sendable {
    case upper, lower, capitalize, trim
    /// A date as Polish text; the argument is a pattern (default "d MMMM yyyy 'r.'").
    case date
    /// An amount in złoty: "814 000,00 zł".
    case money
    /// A number with Polish grouping and decimal comma; the argument is the number of decimals.
    case number
    /// The argument when the value is missing or empty.
    case `default`
    /// Zeros in front up to the given width, for file names that sort: `{{@number | pad:"3"}}` → 007.
    case pad

    /// Checks an argument once, when the template is read; nil when it is fine.
    func checkArgument(_ argument: String?) -> String? {
        switch self {
        case .date:
            guard let argument else { return nil }
            do {
                _ = try Polish.DatePattern(argument)
                return nil
            } catch {
                return "\(error)"
            }
        case .pad:
            return argument.flatMap(Int.init).map { (1...12).contains($0) } == true
                ? nil : "podaj szerokość od 1 do 12, np. pad:\"3\""
        case .number:
            guard let argument else { return nil }
            return Int(argument).map { (0...6).contains($0) } == true
                ? nil : "liczba miejsc po przecinku musi wynosić od 0 do 6"
        case .default:
            return argument == nil ? "podaj tekst do wstawienia, np. default:\"—\"" : nil
        case .upper, .lower, .capitalize, .trim, .money:
            return argument == nil ? nil : "ten filtr nie przyjmuje argumentu"
        }
    }

    struct Failure: Error {
        var reason: String
    }

    func apply(to value: TemplateValue, argument: String?) throws(Failure) -> TemplateValue {
        switch self {
        case .upper: return .string(Polish.uppercased(value.text))
        case .lower: return .string(value.text.lowercased())
        case .capitalize: return .string(Polish.capitalizedFirst(value.text))
        case .trim: return .string(value.text.trimmingCharacters(in: .whitespacesAndNewlines))
        case .default: return value.text.isEmpty ? .string(argument ?? "") : value
        case .pad:
            let text = value.text
            let width = argument.flatMap(Int.init) ?? 0
            return .string(String(repeating: "0", count: max(0, width - text.count)) + text)
        case .date:
            if value.text.isEmpty { return .string("") }
            guard let date = CalendarDate(iso: value.text) else {
                throw Failure(reason: "„\(value.text)” nie jest datą (zapisz ją jako 2026-03-05 albo 05.03.2026)")
            }
            do {
                return .string(try Polish.format(date, pattern: argument ?? Polish.defaultDatePattern))
            } catch {
                throw Failure(reason: "\(error)")
            }
        case .money, .number:
            if value == .null || value.text.isEmpty { return .string("") }
            guard let amount = Self.decimal(from: value) else {
                throw Failure(reason: "„\(value.text)” nie jest liczbą")
            }
            if self == .money { return .string(Polish.formatMoney(amount)) }
            return .string(Polish.formatNumber(amount, fractionDigits: argument.flatMap(Int.init) ?? 0))
        }
    }

    /// Numbers from the data, or text as people type it ("814000", "1 234,50").
    private static func decimal(from value: TemplateValue) -> Decimal? {
        switch value {
        case .number(let number): return number
        case .string(let text):
            let cleaned = text.filter { !$0.isWhitespace }.replacingOccurrences(of: ",", with: ".")
            let digits = cleaned.drop { $0 == "-" }.split(separator: ".", omittingEmptySubsequences: false)
            guard (1...2).contains(digits.count),
                digits.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
            else { return nil }
            return Decimal(string: cleaned, locale: Locale(identifier: "en_US_POSIX"))
        default: return nil
        }
    }
}
