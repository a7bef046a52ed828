import ZitPolish

/// `Content-Disposition: attachment` with a file name that keeps Polish letters (RFC 6266 with
/// RFC 5987's `filename*`) and a plain ASCII one for clients that read only `filename`.
public enum ContentDisposition {
    public static func attachment(_ name: String) -> String {
        let fallback = asciiName(name)
        return "attachment; filename=\"\(fallback)\"; filename*=UTF-8''\(percentEncoded(name))"
    }

    /// The name transliterated (ł → l), with quotes, backslashes and controls left out.
    static func asciiName(_ name: String) -> String {
        let safe = Polish.safeFileName(name)
        return safe.isEmpty ? "plik" : safe
    }

    /// RFC 5987 `value-chars`: attr-char as it is, every other byte of the UTF-8 as %XX.
    static func percentEncoded(_ name: String) -> String {
        let attrChars = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~".utf8)
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in name.utf8 {
            if attrChars.contains(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
