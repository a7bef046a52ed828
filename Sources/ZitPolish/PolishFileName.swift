extension Polish {
    /// Name used when nothing usable is left of the input.
    public static let fallbackFileName = "dokument"

    /// Turns arbitrary text (a beneficiary's name, a document title) into a
    /// file name that is safe on Windows, macOS and Linux, in ZIP archives
    /// and in URLs: "Umowa – Józef Ćwik (kopia).docx" → "Umowa-Jozef_Cwik_kopia.docx".
    ///
    /// Rules, in order:
    /// 1. `transliterated` (ą → a, Ł → L, é → e, ß → ss, ...).
    /// 2. Only ASCII letters, digits, ".", "-" and "_" are kept.
    ///    Control characters and invisible format characters — notably the
    ///    bidi controls U+200E/U+200F, U+202A–U+202E and U+2066–U+2069, which
    ///    can make "cod.exe" display as "exe.doc" — are removed outright.
    ///    Unicode dashes (en dash "–", em dash, minus sign) become "-".
    ///    Whitespace and every other character (path separators "/" "\",
    ///    ":", "*", "?", quotes, brackets, letters of other scripts, ...)
    ///    become a word break.
    /// 3. Word breaks become "_" (not "-": hyphens stay meaningful in
    ///    surnames such as "Nowak-Jelen" and in dates "2026-03-05", and a
    ///    double click selects a whole "Jozef_Cwik" name).
    /// 4. Runs of separators collapse to one character: "." if the run
    ///    contains a dot (keeps the extension, and ".." can never appear),
    ///    else "-" if it contains a hyphen, else "_".
    /// 5. Separators are stripped from both ends (no hidden ".files", no
    ///    "-names" that look like command-line options, no trailing dot that
    ///    Windows would silently drop). So the result is never "." or "..".
    /// 6. Never empty: falls back to "dokument".
    /// 7. At most `maxLength` characters (values below 1 count as 1). When
    ///    cutting, a short extension (up to 10 characters after the last dot)
    ///    is kept and the stem shortened instead.
    /// 8. Names reserved by Windows (CON, PRN, AUX, NUL, COM1–9, LPT1–9, also
    ///    with extensions: "nul.docx", "com1.tar.gz") get "_" after the
    ///    device name: "CON_", "nul_.docx", "com1_.tar.gz".
    ///
    /// The result is pure ASCII, so its length in characters equals its
    /// length in UTF-8 bytes.
    public static func safeFileName<S: StringProtocol>(_ text: S, maxLength: Int = 100) -> String {
        let limit = max(1, maxLength)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingBreak = false

        func append(_ byte: UInt8) {
            if pendingBreak {
                bytes.append(0x5F)  // "_"
                pendingBreak = false
            }
            bytes.append(byte)
        }

        for ch in transliterated(text) {
            if let ascii = ch.asciiValue {
                switch ascii {
                case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2E, 0x2D, 0x5F: append(ascii)
                case 0x09, 0x0A, 0x0D, 0x20: pendingBreak = true  // "\r\n" is one Character
                case 0x00..<0x20, 0x7F: continue  // controls: removed
                case 0x27, 0x60: continue  // apostrophes: O'Neill → ONeill
                default: pendingBreak = true  // / \ : * ? " < > | ( ) , ...
                }
            } else if let scalar = ch.unicodeScalars.first,
                scalar.properties.generalCategory == .dashPunctuation || scalar == "\u{2212}"
            {
                append(0x2D)  // – — ‐ − → "-" ("2026–2027")
            } else if ch == "\u{2019}" || ch == "\u{02BC}" {
                continue  // typographic apostrophes, as above
            } else if ch.unicodeScalars.allSatisfy({ isInvisible($0) }) {
                continue  // bidi marks, ZWJ, soft hyphen...
            } else {
                pendingBreak = true
            }
        }

        // Collapse runs of ".", "-", "_" and strip them at both ends.
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            guard isSeparator(bytes[i]) else {
                collapsed.append(bytes[i])
                i += 1
                continue
            }
            var j = i
            var hasDot = false
            var hasHyphen = false
            while j < bytes.count, isSeparator(bytes[j]) {
                hasDot = hasDot || bytes[j] == 0x2E
                hasHyphen = hasHyphen || bytes[j] == 0x2D
                j += 1
            }
            if i > 0, j < bytes.count {  // interior runs only
                collapsed.append(hasDot ? 0x2E : hasHyphen ? 0x2D : 0x5F)
            }
            i = j
        }

        var name = String(decoding: collapsed, as: UTF8.self)
        if name.isEmpty { name = fallbackFileName }

        var (stem, ext) = splitExtension(name)
        if stem.count + ext.count > limit {
            if ext.count < limit {
                stem = String(stem.prefix(limit - ext.count))
            } else {
                (stem, ext) = (String((stem + ext).prefix(limit)), "")
            }
            // Cutting may leave a separator at the end of the stem.
            while let last = stem.utf8.last, isSeparator(last) { stem.removeLast() }
            if stem.isEmpty {
                // Only possible when the limit is tiny; keep something readable.
                stem = String(fallbackFileName.prefix(max(1, limit - ext.count)))
                if stem.count + ext.count > limit { ext = "" }
            }
        }
        if isWindowsReserved(stem) {
            // "CON" → "CON_", "com1.tar" → "com1_.tar"; if that is too long,
            // replace the device name's last character instead ("CO_").
            let end = stem.firstIndex(of: ".") ?? stem.endIndex
            if stem.count + ext.count + 1 > limit {
                stem.replaceSubrange(stem.index(before: end)..<end, with: "_")
            } else {
                stem.insert("_", at: end)
            }
        }
        return stem + ext
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x2E || byte == 0x2D || byte == 0x5F
    }

    /// Invisible characters to drop instead of turning them into "_":
    /// general category Cf (bidi controls U+200E/F, U+202A–E, U+2066–9,
    /// zero-width (non-)joiners, soft hyphen, BOM) and controls (Cc).
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        let category = scalar.properties.generalCategory
        return category == .format || category == .control
    }

    /// Splits "raport.final.docx" into ("raport.final", ".docx"). An
    /// extension is 1...10 characters after the last dot, not at position 0.
    private static func splitExtension(_ name: String) -> (stem: String, ext: String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (name, "") }
        let extLength = name.distance(from: dot, to: name.endIndex) - 1
        guard (1...10).contains(extLength) else { return (name, "") }
        return (String(name[..<dot]), String(name[dot...]))
    }

    /// Device names that Windows refuses as file names, even with an
    /// extension ("NUL.docx"). Checked on the stem before its first dot.
    private static func isWindowsReserved(_ stem: String) -> Bool {
        let base = stem.split(separator: ".", maxSplits: 1).first.map { $0.uppercased() } ?? ""
        switch base {
        case "CON", "PRN", "AUX", "NUL": return true
        default:
            guard base.count == 4, base.hasPrefix("COM") || base.hasPrefix("LPT"),
                let digit = base.last, ("1"..."9").contains(digit)
            else { return false }
            return true
        }
    }
}
