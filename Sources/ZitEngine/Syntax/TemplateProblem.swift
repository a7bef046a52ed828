/// Where in a template something is: the part, the paragraph or table cell, and the text around it.
public struct TemplateLocation: Sendable, Equatable, CustomStringConvertible {
    /// The package part, e.g. `word/document.xml` or `styles.xml`.
    public var part: String
    /// "akapit 4", "tabela 1, wiersz 2, komórka 3" (all 1-based).
    public var place: String
    /// The paragraph's text, shortened around the tag.
    public var excerpt: String

    public var description: String {
        "\(Self.partTitle(part)), \(place): „\(excerpt)”"
    }

    /// The name a person knows the part by.
    public static func partTitle(_ part: String) -> String {
        let file = part.split(separator: "/").last.map(String.init) ?? part
        let kind: String? =
            if file.hasPrefix("header") { "nagłówek" } else if file.hasPrefix("footer") {
                "stopka"
            } else if file.hasPrefix("footnotes") { "przypisy dolne" } else if file.hasPrefix("endnotes") {
                "przypisy końcowe"
            } else if file == "document.xml" || file == "content.xml" { "treść dokumentu" } else if file == "styles.xml"
            { "nagłówki i stopki (styles.xml)" } else if file == "core.xml" || file == "meta.xml" {
                "właściwości dokumentu"
            } else { nil }
        guard let kind else { return part }
        return kind.hasSuffix(")") ? kind : "\(kind) (\(part))"
    }
}

/// Something wrong with a template or with the data given to it, with its location.
public struct TemplateProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case unclosedTag(String)
        case badTag(tag: String, reason: String)
        case unknownFilter(tag: String, filter: String)
        case unclosedSection(String)
        case unexpectedClose(String)
        case mismatchedClose(opened: String, closed: String)
        case sectionCrossesStructure(name: String, reason: String)
        case missingValue(String)
        case filterFailed(tag: String, reason: String)
        case controlCharacters(path: String)
        /// The data names no picture (or a file that is not there) for a picture tag; without
        /// `strict` its place is left empty (`removed`).
        case missingPicture(tag: String, what: String, removed: Bool)
        /// The data names a picture that cannot be put in.
        case badPicture(tag: String, reason: String)
    }

    public var kind: Kind
    public var location: TemplateLocation
    /// In a batch, the document the problem belongs to ("dokument 3 (Nowak-Jan.docx)").
    public var document: String?

    public init(kind: Kind, location: TemplateLocation, document: String? = nil) {
        self.kind = kind
        self.location = location
        self.document = document
    }

    public var description: String {
        (document.map { "\($0): " } ?? "") + "\(location): \(message)"
    }

    public var message: String {
        switch kind {
        case .unclosedTag(let text):
            "znacznik „\(text)…” nie jest zamknięty w tym akapicie."
        case .badTag(let tag, let reason):
            "znacznika \(tag) nie da się odczytać: \(reason)."
        case .unknownFilter(let tag, let filter):
            "znacznik \(tag) używa filtra „\(filter)”, który nie istnieje (dostępne filtry: \(Filter.allCases.map(\.rawValue).joined(separator: ", ")))."
        case .unclosedSection(let name):
            "sekcja „\(name)” zaczyna się tutaj, ale nigdzie nie jest zamknięta."
        case .unexpectedClose(let name):
            "sekcja „\(name)” jest tutaj zamknięta, ale nigdzie wcześniej się nie zaczyna."
        case .mismatchedClose(let opened, let closed):
            "tutaj jest zamknięta sekcja „\(closed)”, ale w tym miejscu otwarta jest sekcja „\(opened)”."
        case .sectionCrossesStructure(let name, let reason):
            "sekcji „\(name)” nie da się powtórzyć: \(reason)."
        case .missingValue(let path):
            "w danych nie ma wartości „\(path)”."
        case .filterFailed(let tag, let reason):
            "znacznika \(tag) nie da się wypełnić: \(reason)."
        case .controlCharacters(let path):
            "wartość „\(path)” zawiera znaki sterujące, których dokument nie może zawierać; pominięto je."
        case .missingPicture(let tag, let what, let removed):
            "\(what) dla znacznika \(tag)" + (removed ? "; miejsce na obraz usunięto." : ".")
        case .badPicture(let tag, let reason):
            "obrazu dla znacznika \(tag) nie da się wstawić: \(reason)."
        }
    }
}
