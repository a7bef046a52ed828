import Foundation

/// The service's public address (`adres_weryfikacji` in projekt.yaml), where anyone holding a
/// certificate can check it: each certificate prints the page of its own number.
public struct VerificationAddress: Sendable, Hashable, CustomStringConvertible {
    /// `https://host[/path]`, without a trailing slash.
    public let base: String

    /// Nil unless `text` is an absolute http(s) address with a host and no query or fragment.
    public init?(_ text: String) {
        let trimmed = text.hasSuffix("/") ? String(text.dropLast()) : text
        guard let components = URLComponents(string: trimmed),
            let scheme = components.scheme?.lowercased(), scheme == "https" || scheme == "http",
            let host = components.host, !host.isEmpty, components.query == nil, components.fragment == nil,
            !trimmed.contains(where: \.isWhitespace)
        else { return nil }
        base = trimmed
    }

    /// `{base}/weryfikacja/{number}`: the number percent-encoded except for its slashes, which
    /// the service reads as printed (`/weryfikacja/3/2026/WZP`), so the address stays short and
    /// readable under the code.
    public func page(of number: String) -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        allowed.insert("/")
        let encoded = number.addingPercentEncoding(withAllowedCharacters: allowed) ?? number
        return "\(base)/weryfikacja/\(encoded)"
    }

    public var description: String { base }
}
