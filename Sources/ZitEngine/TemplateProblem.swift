/// Where in a template something is: the part, the paragraph or table cell, and the text around it.
public struct TemplateLocation: Sendable, Equatable, CustomStringConvertible {
    /// The package part, e.g. `word/document.xml` or `styles.xml`.
    public var part: String
    /// "paragraph 4", "table 1, row 2, cell 3" (all 1-based).
    public var place: String
    /// The paragraph's text, shortened around the tag.
    public var excerpt: String

    public var description: String {
        "\(Self.partTitle(part)), \(place): \"\(excerpt)\""
    }

    /// The name a person knows the part by.
    static func partTitle(_ part: String) -> String {
        let file = part.split(separator: "/").last.map(String.init) ?? part
        let kind: String? =
            if file.hasPrefix("header") { "header" }
            else if file.hasPrefix("footer") { "footer" }
            else if file.hasPrefix("footnotes") { "footnotes" }
            else if file.hasPrefix("endnotes") { "endnotes" }
            else if file == "document.xml" || file == "content.xml" { "document body" }
            else if file == "styles.xml" { "headers/footers (styles.xml)" }
            else if file == "core.xml" || file == "meta.xml" { "document properties" }
            else { nil }
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
        case sectionTagNotAlone(String)
        case sectionCrossesStructure(name: String, reason: String)
        case missingValue(String)
        case filterFailed(tag: String, reason: String)
        case controlCharacters(path: String)
    }

    public var kind: Kind
    public var location: TemplateLocation
    /// In a batch, the document the problem belongs to ("document 3, Nowak-Jan.docx").
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
            "the tag \"\(text)…\" is not closed in this paragraph."
        case .badTag(let tag, let reason):
            "the tag \(tag) cannot be read: \(reason)."
        case .unknownFilter(let tag, let filter):
            "the tag \(tag) uses the filter \"\(filter)\", which does not exist (available: \(Filter.allCases.map(\.rawValue).joined(separator: ", ")))."
        case .unclosedSection(let name):
            "the section \"\(name)\" is opened here but never closed."
        case .unexpectedClose(let name):
            "the section \"\(name)\" is closed here but was never opened."
        case .mismatchedClose(let opened, let closed):
            "the section \"\(closed)\" is closed here, but the section open at this point is \"\(opened)\"."
        case .sectionTagNotAlone(let name):
            "the section \"\(name)\" starts and ends in different paragraphs, so each of its tags must stand alone in its paragraph (or put both tags in one paragraph)."
        case .sectionCrossesStructure(let name, let reason):
            "the section \"\(name)\" cannot be repeated: \(reason)."
        case .missingValue(let path):
            "the data has no value for \"\(path)\"."
        case .filterFailed(let tag, let reason):
            "the tag \(tag) cannot be filled: \(reason)."
        case .controlCharacters(let path):
            "the value of \"\(path)\" contains control characters that a document cannot hold; they were left out."
        }
    }
}

