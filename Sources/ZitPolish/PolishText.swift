import Foundation

extension Polish {
    /// Uppercases Polish text: "zażółć gęślą jaźń" → "ZAŻÓŁĆ GĘŚLĄ JAŹŃ".
    ///
    /// Swift's `uppercased()` applies the locale-independent Unicode case
    /// mapping, which is exactly right for Polish (Polish has no special
    /// casing rules, unlike Turkish or Lithuanian). This wrapper exists so
    /// templates have one obvious, tested place to call.
    public static func uppercased<S: StringProtocol>(_ text: S) -> String {
        text.uppercased()
    }

    /// Lowercases Polish text (locale-independent Unicode mapping, see
    /// `uppercased`).
    public static func lowercased<S: StringProtocol>(_ text: S) -> String {
        text.lowercased()
    }

    /// Uppercases the first letter and leaves everything else untouched:
    /// "środa" → "Środa", "„ważne” UE" → "„Ważne” UE".
    ///
    /// Unlike Foundation's `capitalized`, the rest is not lowercased (so
    /// acronyms such as "UE", "PARP" survive) and other words are not
    /// capitalized (Polish does not capitalize every word of a title).
    /// Leading non-letters (quotes, brackets, digits, spaces) are skipped.
    /// Uses the Unicode titlecase mapping, which equals uppercase for every
    /// Polish letter.
    public static func capitalizedFirst<S: StringProtocol>(_ text: S) -> String {
        guard let index = text.firstIndex(where: \.isLetter) else { return String(text) }
        let letter = text[index]
        var scalars = letter.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return String(text) }
        var replacement = first.properties.titlecaseMapping
        while let next = scalars.next() { replacement.unicodeScalars.append(next) }
        return String(text[..<index]) + replacement + String(text[text.index(after: index)...])
    }

    /// Replaces Polish and other Latin diacritics by plain ASCII letters,
    /// for file names, identifiers and e-mail subjects:
    /// "Józef Ćwik, Łódź" → "Jozef Cwik, Lodz", "Müller Éva" → "Muller Eva".
    ///
    /// Polish letters come from a fixed table (ł/Ł have no Unicode
    /// decomposition, so a table is needed anyway). Other Latin letters are
    /// decomposed canonically (NFD) and their combining marks dropped; a few
    /// letters without decomposition are spelled out (ß → ss, æ → ae,
    /// ø → o, đ → d, þ → th, ...). Characters of other scripts (Cyrillic,
    /// Greek, ...) and everything else are kept unchanged; `safeFileName`
    /// deals with those.
    public static func transliterated<S: StringProtocol>(_ text: S) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return String(text) }  // fast path
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            if ch.isASCII {
                out.append(ch)
            } else if let fold = latinFold(ch) {
                out += fold.ascii
            } else {
                out.append(ch)
            }
        }
        return out
    }

    /// Polish letters mapped to their ASCII base letters.
    static let polishTransliteration: [Character: String] = [
        "ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z",
        "Ą": "A", "Ć": "C", "Ę": "E", "Ł": "L", "Ń": "N", "Ó": "O", "Ś": "S", "Ź": "Z", "Ż": "Z"
    ]

    /// Latin letters that canonical decomposition does not reduce to ASCII.
    /// The accent value gives them a distinct secondary collation weight
    /// (U+0338 COMBINING LONG SOLIDUS OVERLAY stands for "stroke").
    static let specialLatin: [Character: (ascii: String, accent: UInt32)] = [
        "ß": ("ss", 0), "ẞ": ("SS", 0),
        "æ": ("ae", 0), "Æ": ("AE", 0), "œ": ("oe", 0), "Œ": ("OE", 0),
        "ø": ("o", 0x338), "Ø": ("O", 0x338),
        "đ": ("d", 0x338), "Đ": ("D", 0x338), "ð": ("d", 0x338), "Ð": ("D", 0x338),
        "ħ": ("h", 0x338), "Ħ": ("H", 0x338), "ŀ": ("l", 0x338), "Ŀ": ("L", 0x338),
        "þ": ("th", 0), "Þ": ("Th", 0), "ı": ("i", 0x307)
    ]

    /// ASCII spelling of a non-ASCII Latin letter and a non-zero `accent`
    /// (the scalar value of its first combining mark) when it had one.
    /// Returns `nil` for anything that is not a Latin letter with
    /// diacritics (other scripts, symbols, punctuation).
    static func latinFold(_ ch: Character) -> (ascii: String, accent: UInt32)? {
        if let polish = polishTransliteration[ch] { return (polish, 0) }
        if let special = specialLatin[ch] { return special }
        // Only Latin letters can fold to ASCII; skip the (comparatively slow)
        // Foundation call for dashes, symbols, emoji and other scripts.
        guard let first = ch.unicodeScalars.first,
            first.isASCII || (0xC0...0x24F).contains(first.value) || (0x1E00...0x1EFF).contains(first.value)
        else { return nil }
        // NFD: "é" → "e" + U+0301 (input that is already decomposed stays as is).
        let scalars = String(ch).decomposedStringWithCanonicalMapping.unicodeScalars
        guard let base = scalars.first, base.isASCII, base.properties.isAlphabetic else { return nil }
        var accent: UInt32 = 0
        for mark in scalars.dropFirst() {
            // Only strip marks; anything else means this is not "letter + accents".
            guard mark.properties.generalCategory == .nonspacingMark else { return nil }
            if accent == 0 { accent = mark.value }
        }
        guard accent != 0 else { return nil }
        return (String(Character(base)), accent)
    }
}

extension Polish {
    /// The noun form Polish uses after a number: 1 wydarzenie, 2–4 wydarzenia (but 12–14
    /// wydarzeń), 5+ wydarzeń, 22 wydarzenia.
    public static func counted(_ count: Int, one: String, few: String, many: String) -> String {
        let lastTwo = count % 100, last = count % 10
        let word = count == 1 ? one : (2...4).contains(last) && !(12...14).contains(lastTwo) ? few : many
        return "\(count) \(word)"
    }
}
