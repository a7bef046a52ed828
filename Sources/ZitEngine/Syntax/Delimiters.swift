/// The strings that open and close a tag; `{{ }}` by default, `{ }` for docxtemplater templates.
public struct Delimiters: Sendable, Equatable, CustomStringConvertible {
    public let open: String
    public let close: String

    public static let mustache = Delimiters(uncheckedOpen: "{{", close: "}}")
    public static let docxtemplater = Delimiters(uncheckedOpen: "{", close: "}")

    private init(uncheckedOpen open: String, close: String) {
        self.open = open
        self.close = close
    }

    /// Reads the command-line form: the two delimiters separated by a space, e.g. `"{ }"` or `"[[ ]]"`.
    public init?(_ text: String) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0] != parts[1] else { return nil }
        self.init(uncheckedOpen: String(parts[0]), close: String(parts[1]))
    }

    public var description: String { "\(open) \(close)" }
}
