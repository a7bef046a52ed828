/// Renders numbers and names for `PackageError.description`, which office workers read:
/// sizes in KB/MB/GB rather than byte counts, thousands separated, and entry names with
/// control characters made visible instead of silently garbling the sentence.
public enum PlainWords {
    public static func size(_ bytes: Int) -> String {
        let units: [(Int, String)] = [(1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")]
        for (unit, label) in units where bytes >= unit {
            let tenths = (bytes / unit) * 10 + ((bytes % unit) * 10 + unit / 2) / unit
            let whole = tenths / 10, fraction = tenths % 10
            return fraction == 0 ? "\(count(whole)) \(label)" : "\(count(whole)),\(fraction) \(label)"
        }
        return bytes == 1 ? "1 B" : "\(bytes) B"
    }

    public static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(" ") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    public static func entry(_ name: String) -> String {
        String(
            String.UnicodeScalarView(
                name.unicodeScalars.map {
                    $0.value < 0x20 || $0.value == 0x7F ? "\u{FFFD}" : $0
                }))
    }
}
