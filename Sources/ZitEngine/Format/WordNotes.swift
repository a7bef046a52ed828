import ZitXML

/// Footnotes and endnotes live in their own parts and are referenced by id from the body. In a
/// merged document each copy's references get fresh ids, and each copy gets its own notes,
/// filled with that copy's data.
struct WordNotes: Sendable {
    var part: String
    var element: QualifiedName
    var group: String

    static let footnotes = WordNotes(part: "word/footnotes.xml", element: .w("footnote"), group: "footnote")
    static let endnotes = WordNotes(part: "word/endnotes.xml", element: .w("endnote"), group: "endnote")
    static let all = [footnotes, endnotes]

    /// The notes `renumbered` names (template id → fresh id), taken from one copy's filling of the part.
    func notes(in bytes: [UInt8], renumbered: [(fresh: String, original: String)]) throws(XMLError) -> [UInt8] {
        let document = try XMLDocument(parsing: bytes, part: part)
        guard let root = document.root else { return [] }
        var result: [UInt8] = []
        for (fresh, original) in renumbered {
            guard let note = root.children.first(where: { $0.isElement(element) && $0.attribute(.w("id")) == original })
            else { continue }
            note.setAttribute(.w("id"), to: fresh)
            result += document.serialized(note)
        }
        return result
    }

    /// The part with `added` notes put after its own, before the root's closing tag.
    func appending(_ added: [UInt8], to bytes: [UInt8]) -> [UInt8] {
        guard let closing = bytes.lastRange(of: Array("</".utf8)) else { return bytes }
        return Array(bytes[..<closing.lowerBound]) + added + Array(bytes[closing.lowerBound...])
    }
}
