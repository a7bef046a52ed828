import ZitPackage
import ZitXML

/// What the engine needs to know about one kind of XML part, described as data so that one
/// engine serves WordprocessingML and ODF alike (the idea of docxtemplater's file-type config).
struct Markup: Sendable {
    /// Elements that are paragraphs: tags are searched for within one paragraph at a time.
    var paragraphs: Set<QualifiedName>
    /// Elements whose own text nodes are visible text (`w:t`; ODF's `text:p`, `text:span`, …).
    var textHolders: Set<QualifiedName>
    /// Children that carry formatting and are copied when a holder is split in two (`w:rPr`).
    var formattingChildren: Set<QualifiedName> = []
    var tables: Set<QualifiedName> = []
    var rows: Set<QualifiedName> = []
    var cells: Set<QualifiedName> = []
    /// A tag paragraph that holds one of these is emptied instead of removed (`w:sectPr`:
    /// removing it would merge two sections of the document).
    var keepParagraphsHolding: Set<QualifiedName> = []
    /// Runs: elements between a paragraph and its text holders (`w:r`, `text:span`).
    var runs: Set<QualifiedName> = []
    /// Invisible content a paragraph may hold and still count as blank once its tags are gone
    /// (properties, proofing marks); a blank tag paragraph is dropped, any other is kept.
    var invisibleContent: Set<QualifiedName> = []
    /// Whether a paragraph breaks the page (before or after it, or by a break inside it).
    var breaksPage: @Sendable (XMLNode) -> Bool = { _ in false }
    /// How inserted text is written inside a given text holder.
    var valueWriter: @Sendable (XMLNode) -> ValueWriter
    /// Section breaks that repeated content may hold; nil where the format has none in the body.
    var sectionBreaks: SectionBreaks?
    /// Attributes that must stay unique when content is repeated.
    var uniqueIdentifiers: [UniqueIdentifier] = []
    /// Holders that need `xml:space="preserve"` to keep leading and trailing spaces of a value.
    var preservesSpaceWithAttribute = false
    /// How documents are merged into one, for the part holding the body; nil for other parts.
    var merging: Merging?
    /// The part holds the document's properties (title, subject), not anything shown on a page.
    var isProperties = false
    /// How pictures are held; nil where there are none (document properties).
    var pictures: PictureFormat? = nil

    func isParagraph(_ node: XMLNode) -> Bool { node.isElement && paragraphs.contains(node) }
    func isTextHolder(_ node: XMLNode) -> Bool { node.isElement && textHolders.contains(node) }
    func isRow(_ node: XMLNode) -> Bool { node.isElement && rows.contains(node) }
    func isCell(_ node: XMLNode) -> Bool { node.isElement && cells.contains(node) }
    func isTable(_ node: XMLNode) -> Bool { node.isElement && tables.contains(node) }

    /// The text holders' text of a paragraph, without nested paragraphs (text boxes).
    func text(of paragraph: XMLNode) -> String {
        var text = ""
        paragraph.walk(
            { node in
                if node.kind == .text, let parent = node.parent, isTextHolder(parent) { text += node.text }
            }, descend: { !isParagraph($0) })
        return text
    }

    /// True when the element shows nothing: whitespace text in runs and invisible content only.
    func isBlank(_ element: XMLNode) -> Bool {
        var blank = true
        element.walk(
            { node in
                guard blank else { return }
                switch node.kind {
                case .text:
                    if let parent = node.parent, isTextHolder(parent), !node.text.allSatisfy(\.isWhitespace) {
                        blank = false
                    }
                case .element:
                    if !(runs.contains(node) || textHolders.contains(node) || invisibleContent.contains(node)
                        || paragraphs.contains(node))
                    {
                        blank = false
                    }
                case .processingInstruction:
                    blank = false  // a value's marker
                case .other:
                    break
                }
            }, descend: { !invisibleContent.contains($0) })
        return blank
    }
}

/// Where the body of a document is and what separates merged copies of it.
struct Merging: Sendable {
    /// The element whose content is repeated once per document (`w:body`, `office:text`).
    var body: QualifiedName
    /// Leading children that stay before the copies (ODF's variable declarations).
    var preamble: Set<QualifiedName> = []
    /// Trailing children that stay after the copies (`w:sectPr`, the last section's page setup).
    var trailer: Set<QualifiedName> = []
    /// Makes the markup put between two copies (a section break, a page break); may add what it
    /// needs to the part, such as a paragraph style.
    var separator: @Sendable (_ body: XMLNode, _ document: XMLDocument, _ package: Package) -> [UInt8]
    /// Puts an empty bookmark named `name` at the start of `paragraph`.
    var bookmark: @Sendable (_ paragraph: XMLNode, _ document: XMLDocument, _ name: String) -> Void
    /// For a merge to be cut back into documents after layout: makes `paragraph`, which opens
    /// every copy, start a new page itself, so that no separator takes room on the copy's first
    /// page. False where the format cannot (the separator is used then).
    var breakBefore: (@Sendable (_ paragraph: XMLNode, _ document: XMLDocument) -> Bool)? = nil
}

extension ValueWriter {
    /// Document properties: plain text, a line break becomes a space.
    static let plain = ValueWriter(lineBreak: Array(" ".utf8), tab: Array(" ".utf8), spaceElement: nil)
}

/// An attribute that must be unique in a document (drawing ids, bookmark ids, `xml:id`).
struct UniqueIdentifier: Sendable {
    enum Style: Sendable {
        /// A decimal number; fresh ones continue above the largest in the template.
        case decimal
        /// Eight hex digits below 0x80000000 (`w14:paraId`).
        case hexadecimal
        /// Any name; fresh ones get a numeric suffix.
        case name
    }
    var element: QualifiedName?
    var attribute: QualifiedName
    var style: Style
    /// Attributes sharing a group draw from one counter and map equal values together
    /// (a bookmark's start and end keep pointing at each other).
    var group: String
    /// Renumbered only between merged documents, not within one (list numbering continues
    /// through a repeated paragraph but restarts in each merged certificate).
    var betweenDocumentsOnly = false
}

extension Set<QualifiedName> {
    func contains(_ node: XMLNode) -> Bool {
        contains { node.isElement($0) }
    }
}
