import Foundation

extension Polish {
    /// The Polish alphabet in dictionary order. Digraphs (ch, cz, dz, rz,
    /// sz) are *not* separate letters in Polish collation: "Czesław" sorts
    /// among the C words, before "Ćwik". q, v, x are included because they
    /// occur in names and loanwords.
    public static let alphabet: [Character] = Array("aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż")

    /// Sort key implementing Polish alphabetical order; compare keys with
    /// `lexicographicallyPrecedes` (or use `compare`, `areInIncreasingOrder`,
    /// `sorted`, which do it for you).
    ///
    /// Keys are computed once per string, which is what makes sorting large
    /// lists fast (see `sorted(_:by:)`). The key has four levels, separated by
    /// 0, compared one after another (a simplified version of the Unicode
    /// Collation Algorithm with the CLDR Polish tailoring):
    ///
    /// 1. **Base letters**, case-insensitive, in Polish order
    ///    a ą b c ć d e ę f g h i j k l ł m n ń o ó p q r s ś t u v w x y z ź ż.
    ///    Polish letters are separate letters (L < Ł). Other Latin letters
    ///    with diacritics sort with their base letter (é with e, ü with u,
    ///    ß as "ss"). Digits come before letters, other scripts after them.
    ///    A run of whitespace separates words and sorts before everything
    ///    else, so "Nowak Anna" < "Nowak Zofia" < "Nowakowska". Hyphens and
    ///    apostrophes (and invisible format characters) are ignored here, so
    ///    "Nowak-Jeleń" sorts as "NowakJeleń" and "O'Brien" as "OBrien".
    ///    Other punctuation sorts between the word separator and digits.
    /// 2. **Non-Polish accents**: "Muller" < "Müller".
    /// 3. **Case**: lowercase first (CLDR default), "kos" < "Kos".
    /// 4. **The string itself** (Unicode scalars in NFC), so the order is
    ///    total and stable, and keys are equal exactly when the strings are
    ///    equal in Swift (`==` uses canonical equivalence).
    public static func collationKey<S: StringProtocol>(_ text: S) -> [UInt32] {
        var primary: [UInt32] = []
        var secondary: [UInt32] = []
        var tertiary: [UInt32] = []
        primary.reserveCapacity(text.utf8.count)
        secondary.reserveCapacity(text.utf8.count)
        tertiary.reserveCapacity(text.utf8.count)

        var pendingSeparator = false
        func emit(_ p: UInt32, _ s: UInt32, _ t: UInt32) {
            if pendingSeparator {
                // Only between words: leading and trailing whitespace is ignored.
                if !primary.isEmpty {
                    primary.append(Weight.wordSeparator)
                    secondary.append(1)
                    tertiary.append(1)
                }
                pendingSeparator = false
            }
            primary.append(p)
            secondary.append(s)
            tertiary.append(t)
        }

        for ch in text {
            if let ascii = ch.asciiValue {
                // Fast path for the common case.
                switch ascii {
                case 0x61...0x7A: emit(asciiLetterWeight[Int(ascii - 0x61)], 1, 1)
                case 0x41...0x5A: emit(asciiLetterWeight[Int(ascii - 0x41)], 1, 2)
                case 0x30...0x39: emit(Weight.digit + UInt32(ascii - 0x30), 1, 1)
                case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: pendingSeparator = true
                case 0x2D, 0x27: continue  // hyphen, apostrophe
                case 0x00..<0x20, 0x7F: continue  // control characters
                default: emit(Weight.punctuation + UInt32(ascii), 1, 1)
                }
                continue
            }
            if ch.isWhitespace {
                pendingSeparator = true
                continue
            }
            if isIgnorable(ch) { continue }
            let lower = ch.lowercased()
            let caseWeight: UInt32 = lower == String(ch) ? 1 : 2
            let lowerChar = lower.count == 1 ? Character(lower) : ch
            if let weight = letterWeight[lowerChar] {
                emit(weight, 1, caseWeight)
            } else if let fold = latinFold(lowerChar) {
                for base in fold.ascii.lowercased().utf8 where (0x61...0x7A).contains(base) {
                    emit(asciiLetterWeight[Int(base - 0x61)], 1 + fold.accent, caseWeight)
                }
            } else if let digit = ch.wholeNumberValue, (0...9).contains(digit), ch.isNumber {
                emit(Weight.digit + UInt32(digit), 2, 1)  // non-ASCII digit: after ASCII one
            } else if ch.isLetter, let scalar = lowerChar.unicodeScalars.first {
                emit(Weight.otherScript + scalar.value, 1, caseWeight)
            } else if let scalar = ch.unicodeScalars.first {
                emit(Weight.punctuation + scalar.value, 1, 1)
            }
        }

        var key = primary
        key.reserveCapacity(primary.count * 3 + text.utf8.count + 3)
        key.append(0)
        key += secondary
        key.append(0)
        key += tertiary
        key.append(0)
        let nfc =
            text.utf8.allSatisfy { $0 < 0x80 }
            ? String(text) : String(text).precomposedStringWithCanonicalMapping
        key += nfc.unicodeScalars.map(\.value)
        return key
    }

    /// Polish alphabetical comparison of two strings (see `collationKey`).
    public static func compare<A: StringProtocol, B: StringProtocol>(_ lhs: A, _ rhs: B) -> ComparisonResult {
        let a = collationKey(lhs)
        let b = collationKey(rhs)
        if a == b { return .orderedSame }
        return a.lexicographicallyPrecedes(b) ? .orderedAscending : .orderedDescending
    }

    /// `true` when `lhs` comes before `rhs` in Polish alphabetical order;
    /// usable directly as `names.sorted(by: Polish.areInIncreasingOrder)`,
    /// though `Polish.sorted` is faster for long lists.
    public static func areInIncreasingOrder(_ lhs: String, _ rhs: String) -> Bool {
        compare(lhs, rhs) == .orderedAscending
    }

    /// Strings sorted in Polish alphabetical order. Each key is computed
    /// once (n keys instead of 2·n·log n).
    public static func sorted<S: Sequence>(_ strings: S) -> [String] where S.Element: StringProtocol {
        sorted(strings, by: { String($0) }).map { String($0) }
    }

    /// Elements sorted by a string property in Polish alphabetical order,
    /// e.g. `Polish.sorted(people, by: \.surname)`. Stable for equal keys
    /// (keys are only equal for equal strings anyway).
    public static func sorted<S: Sequence>(_ items: S, by text: (S.Element) throws -> String) rethrows -> [S.Element] {
        var keyed: [(key: [UInt32], index: Int, item: S.Element)] = []
        for (index, item) in items.enumerated() {
            keyed.append((collationKey(try text(item)), index, item))
        }
        keyed.sort { lhs, rhs in
            lhs.key == rhs.key ? lhs.index < rhs.index : lhs.key.lexicographicallyPrecedes(rhs.key)
        }
        return keyed.map(\.item)
    }

    // MARK: Weights

    /// Primary weight ranges. Every weight is > 0, because 0 terminates a
    /// level (so "Nowak" < "Nowakowska": the shorter key hits 0 first).
    private enum Weight {
        static let wordSeparator: UInt32 = 1
        static let punctuation: UInt32 = 0x10  // + scalar value (≤ 0x10FFFF)
        static let digit: UInt32 = 0x20_0000  // + 0...9
        static let letter: UInt32 = 0x30_0000  // + position in `alphabet`
        static let otherScript: UInt32 = 0x40_0000  // + scalar value
    }

    /// Primary weight of each lowercase letter of the Polish alphabet.
    private static let letterWeight: [Character: UInt32] = {
        var table: [Character: UInt32] = [:]
        for (i, letter) in alphabet.enumerated() {
            table[letter] = Weight.letter + UInt32(i)
        }
        return table
    }()

    /// Primary weights of a...z, indexed by `byte - 0x61` (ASCII fast path).
    private static let asciiLetterWeight: [UInt32] = (UInt8(0x61)...0x7A).map {
        letterWeight[Character(Unicode.Scalar($0))]!
    }

    /// Characters ignored at the first three levels: hyphens and apostrophes
    /// (so "Nowak-Jeleń" sorts like "NowakJeleń") and invisible characters
    /// (soft hyphen, bidi marks, zero-width joiners: general category Cf,
    /// plus control characters).
    private static func isIgnorable(_ ch: Character) -> Bool {
        guard let scalar = ch.unicodeScalars.first else { return true }
        switch scalar.value {
        case 0x2010, 0x2011, 0x2019, 0x02BC: return true  // ‐ ‑ ’ ʼ
        default:
            let category = scalar.properties.generalCategory
            return category == .format || category == .control
        }
    }
}
