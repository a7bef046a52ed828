/// What the compiler understood of one part of a template: its tags, its sections and what
/// looks like a mistake, each with its location.
public struct PartOutline: Sendable, Equatable, Encodable {
    /// The package part, e.g. `word/document.xml`.
    public var part: String
    public var tags: [OutlineTag]
    /// The part's outermost sections; nested ones are inside them.
    public var sections: [OutlineSection]
    public var warnings: [TemplateWarning]
}

/// The kinds of tag the template language has.
public enum TagKind: String, Sendable, Equatable, Encodable {
    /// `{{name}}`: inserts a value.
    case value
    /// `{{#name}}`: repeats or shows what follows.
    case section
    /// `{{^name}}`: shows what follows when the value is empty or missing.
    case invertedSection
    /// `{{/name}}`, `{{/}}`.
    case sectionEnd
    /// `{{! … }}`.
    case comment
    /// `{{%name}}`: a picture, put in place of the tag.
    case picture
}

/// One tag as the compiler read it.
public struct OutlineTag: Sendable, Equatable, Encodable {
    public var kind: TagKind
    /// The tag as written, delimiters included.
    public var source: String
    /// The name it looks up (`participant.lastName`, `.`, `@number`); nil for a comment and `{{/}}`.
    public var name: String?
    /// Its filters as written after `|`, e.g. `date:"d MMMM yyyy"`.
    public var filters: [String]
    public var location: TemplateLocation
}

/// A section and what it repeats.
public struct OutlineSection: Sendable, Equatable, Encodable {
    public var name: String
    public var inverted: Bool
    public var repeats: SectionRepeats
    /// Where its opening and its closing tag are.
    public var opening: TemplateLocation
    public var closing: TemplateLocation
    /// The sections inside it.
    public var sections: [OutlineSection]
}

/// What a section repeats, as decided from where its tags stand (see the README's tag language).
public struct SectionRepeats: Sendable, Equatable, Encodable {
    public enum Kind: String, Sendable, Equatable, Encodable {
        /// The text between the two tags of one paragraph.
        case inlineText
        /// Whole paragraphs (and tables) between two tag paragraphs, which disappear.
        case paragraphs
        /// Rows of a table.
        case tableRows
        /// Exactly what lies between tags standing in different paragraphs.
        case acrossParagraphs
    }

    public var kind: Kind
    /// The first and last paragraph (`paragraphs`, `acrossParagraphs`: numbered as in locations)
    /// or table row (`tableRows`) repeated; nil when a `paragraphs` section holds none.
    public var first: Int?
    public var last: Int?
    /// The table of `tableRows`, numbered as in locations.
    public var table: Int?
}

/// Something the engine accepts but that usually is a mistake, with its location.
public struct TemplateWarning: Sendable, Equatable, Encodable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable, Encodable {
        /// A tag written in pieces of different formatting at a spelling mark: the value takes
        /// the formatting of the first piece only.
        case splitBySpellingMark
        /// A section opened in one part and closed in another (a header, a footer).
        case closedInAnotherPart
        /// A tag in a field's result, which Word or LibreOffice replace when they update fields.
        case insideField
        /// The delimiter in a field's code, which is never filled.
        case inFieldCode
        /// A tag in a text box.
        case insideTextBox
        /// A closing delimiter with no opening one before it.
        case strayClosingDelimiter
    }

    public var kind: Kind
    public var location: TemplateLocation
    /// The tag or text concerned.
    public var text: String

    public var message: String {
        switch kind {
        case .splitBySpellingMark:
            "znacznik \(text) jest zapisany w kawałkach o różnym formatowaniu (Word podzielił go przy "
                + "znaczniku pisowni); wartość dostanie formatowanie pierwszego kawałka — przepisz znacznik w całości."
        case .closedInAnotherPart:
            "sekcja „\(text)” zaczyna się i kończy w różnych częściach dokumentu (np. w treści i w nagłówku); "
                + "oba jej znaczniki muszą być w tej samej części."
        case .insideField:
            "znacznik \(text) stoi w wyniku pola (np. daty lub spisu treści); Word i LibreOffice zastąpią go "
                + "przy aktualizacji pól — wpisz go poza polem."
        case .inFieldCode:
            "kod pola zawiera „\(text)”; kod pola nie jest wypełniany, znacznik zostanie w dokumencie jako tekst."
        case .insideTextBox:
            "znacznik \(text) stoi w polu tekstowym, które ma stały rozmiar: dłuższa wartość może się w nim nie "
                + "zmieścić — sprawdź wynik albo przenieś znacznik do zwykłego akapitu."
        case .strayClosingDelimiter:
            "„\(text)” zamyka znacznik, który nie został otwarty; zostanie w dokumencie jako tekst."
        }
    }

    public var description: String { "\(location): \(message)" }

    private enum CodingKeys: String, CodingKey { case kind, location, text, message }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(location, forKey: .location)
        try container.encode(text, forKey: .text)
        try container.encode(message, forKey: .message)
    }
}

extension TemplateLocation: Encodable {
    private enum CodingKeys: String, CodingKey { case part, place, excerpt }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(part, forKey: .part)
        try container.encode(place, forKey: .place)
        try container.encode(excerpt, forKey: .excerpt)
    }
}
