import Foundation

/// A column name as people type it in a header row, compared the forgiving way.
///
/// Lists are typed by hand in many offices, so "Imię", "imie", " IMIĘ " and "Imię:" must all
/// find the same column. Two keys are equal when they have the same letters and digits,
/// ignoring letter case, diacritics (ą→a, ł→l, ó→o, ś→s, ż/ź→z …), white space (including
/// no-break spaces and line breaks inside a header cell) and punctuation: "Lp." == "Lp",
/// "E-mail" == "Email", "Płeć" == "plec", "Data urodzenia" == "DATA URODZENIA".
public struct HeaderKey: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// As written by whoever made the key; used in messages.
    public let text: String
    /// What comparisons use: lower-case ASCII-folded letters and digits only.
    public let folded: String

    public init(_ text: String) {
        self.text = text
        self.folded = Self.fold(text)
    }

    public init(stringLiteral value: String) { self.init(value) }

    public var description: String { text }

    public static func == (a: HeaderKey, b: HeaderKey) -> Bool { a.folded == b.folded }
    public func hash(into hasher: inout Hasher) { hasher.combine(folded) }

    /// Canonical decomposition splits "ę" into "e" + combining ogonek, which is dropped with
    /// every other mark. Letters with a stroke (ł, đ, ø) have no decomposition in Unicode and
    /// are mapped by hand.
    static func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let properties = scalar.properties
            guard properties.isAlphabetic || properties.numericType != nil else { continue }
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            switch scalar {
            case "ł", "Ł": result.append("l")
            case "đ", "Đ": result.append("d")
            case "ø", "Ø": result.append("o")
            case "ß": result.append(contentsOf: "ss".unicodeScalars)
            default: result.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(result)
    }
}
