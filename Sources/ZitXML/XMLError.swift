/// A part of a package that is not acceptable XML, with where it went wrong.
public struct XMLError: Error, Equatable, CustomStringConvertible, Sendable {
    public enum Reason: Equatable, Sendable {
        /// Not well-formed; the text is libxml2's, trimmed.
        case malformed(String)
        /// Documents written by Word and LibreOffice never declare a DTD; one that does is
        /// refused so that entity tricks (XXE, "billion laughs") cannot reach the parser.
        case documentTypeDeclaration
        case tooLarge(limit: Int)
    }

    /// The package part, e.g. `word/document.xml`.
    public let part: String
    /// 1-based line, 0 when unknown.
    public let line: Int
    public let reason: Reason

    public init(part: String, line: Int, reason: Reason) {
        self.part = part
        self.line = line
        self.reason = reason
    }

    public var description: String {
        let place = line > 0 ? "\(part), linia \(line)" : part
        switch reason {
        case .malformed(let text):
            return "\(place): zawartość XML jest uszkodzona (\(text))."
        case .documentTypeDeclaration:
            return
                "\(place): ta część zawiera deklarację DTD (<!DOCTYPE>), której dokumenty biurowe nigdy nie mają; odrzucono ją jako niebezpieczną."
        case .tooLarge(let limit):
            return "\(place): ta część jest większa niż \(limit / (1 << 20)) MB, więc ją odrzucono."
        }
    }
}
