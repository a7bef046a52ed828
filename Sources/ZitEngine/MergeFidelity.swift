import ZitPackage
import ZitXML

/// Whether a merged document shows each item exactly as the item's own document would. A merge
/// fills the body once per item but everything else once for all, and lays the copies out as one
/// run of pages; a program that cuts a merged document back into documents (a PDF per person)
/// asks these questions first.
extension Template {
    /// True when a page shows its number or the number of pages (or a page reference): in a
    /// merged document these count the pages of the whole merge, not of one copy.
    public var numbersPages: Bool {
        guard let targets = try? format.partsToFill(in: package) else { return true }
        for (part, markup) in targets where !markup.isProperties {
            guard let bytes = try? package.read(part), let document = try? XMLDocument(parsing: bytes, part: part)
            else {
                return true
            }
            var found = false
            document.root?.walk(
                { node in
                    guard !found, node.isElement else { return }
                    found =
                        format == .openDocumentText ? Self.isOpenDocumentPageField(node) : Self.isWordPageField(node)
                }, descend: { _ in !found })
            if found { return true }
        }
        return false
    }

    /// True when the parts a merge fills once (headers, footers; not the body, its notes or the
    /// document properties) come out the same for every item, so that no copy shows another
    /// item's data in its header or footer.
    public func fillsSharedPartsAlike(_ items: [TemplateValue]) -> Bool {
        guard let targets = try? format.partsToFill(in: package) else { return false }
        let notes = Set(WordNotes.all.map(\.part))
        let shared = Set(
            targets.filter { !$0.markup.isProperties && !notes.contains($0.part) && !holdsBody($0) }.map(\.part))
        for part in parts where shared.contains(part.name) {
            var first: [UInt8]?
            for item in items {
                var renderer = Renderer(data: item, outer: nil, strict: false, identifiers: identifiers)
                let bytes = renderer.render(part)
                if let first, first != bytes { return false }
                first = first ?? bytes
            }
        }
        return true
    }

    /// Headers and footers share the body's markup; the body's part is the one with the element
    /// a merge repeats (`w:body`, `office:text`).
    private func holdsBody(_ target: (part: String, markup: Markup)) -> Bool {
        guard let body = target.markup.merging?.body else { return false }
        guard let bytes = try? package.read(target.part),
            let document = try? XMLDocument(parsing: bytes, part: target.part)
        else {
            return true
        }
        var found = false
        document.root?.walk({ if $0.isElement(body) { found = true } }, descend: { _ in !found })
        return found
    }

    private static let openDocumentPageFields: Set<String> = [
        "page-number", "page-count", "page-continuation", "page-variable-get", "page-variable-set"
    ]

    private static func isOpenDocumentPageField(_ node: XMLNode) -> Bool {
        guard node.namespaceURI == Namespace.text else { return false }
        if openDocumentPageFields.contains(node.localName) { return true }
        // A reference to a bookmark or heading can print the page it is on.
        return node.localName.hasSuffix("-ref") && node.attribute(.text("reference-format")) == "page"
    }

    private static let wordPageFields: Set<String> = ["PAGE", "NUMPAGES", "SECTIONPAGES", "PAGEREF", "SECTION"]

    private static func isWordPageField(_ node: XMLNode) -> Bool {
        let code: String? =
            if node.isElement(.w("fldSimple")) { node.attribute(.w("instr")) } else if node.isElement(.w("instrText")) {
                node.text
            } else { nil }
        guard let code, let name = code.split(whereSeparator: { $0 == " " || $0 == "\t" }).first else { return false }
        return wordPageFields.contains(name.uppercased())
    }
}
