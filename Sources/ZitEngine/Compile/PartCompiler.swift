import ZitPackage
import ZitXML

/// Compiles one XML part: finds its tags, marks every data-dependent place, and cuts the
/// serialised part into literal bytes and slots.
struct PartCompiler {
    let part: String
    let markup: Markup
    let delimiters: Delimiters

    /// With `asCopiesFrom`, the body is wrapped in a section that repeats it once per merged
    /// document (the package lends what the separator needs, such as shared styles).
    func compile(
        _ document: XMLDocument, identifiers: inout IdentifierRegistry, asCopiesFrom package: Package? = nil
    ) -> Result<CompiledPart, TemplateError> {
        guard let root = document.root else {
            return .success(CompiledPart(name: part, program: [], literalSize: 0))
        }
        let (tags, scanProblems) = TagScanner(markup: markup, delimiters: delimiters, part: part).scan(root)
        let (sections, planProblems) = SectionPlanner(markup: markup).plan(tags)
        let problems = scanProblems + planProblems
        guard problems.isEmpty else { return .failure(.problems(problems)) }

        var slots = SlotTable(document: document)
        let marker = MarkerPlacement(markup: markup, tags: tags, sections: sections)
        marker.place(into: &slots)
        if let package, let merging = markup.merging { wrapBody(root, merging: merging, package: package, slots: &slots) }
        IdentifierMarking(markup: markup).mark(root, slots: &slots, registry: &identifiers)
        let bytes = document.serialized()
        return .success(ProgramBuilder.build(part: part, bytes: bytes, slots: slots))
    }

    private func wrapBody(_ root: XMLNode, merging: Merging, package: Package, slots: inout SlotTable) {
        var body: XMLNode?
        root.walk({ if body == nil, $0.isElement(merging.body) { body = $0 } }, descend: { _ in body == nil })
        guard let body else { return }
        let separator = merging.separator(body, slots.document, package)
        let open = slots.marker(for: .sectionOpen(SectionSlot(
            path: .current, inverted: false, tag: "", location: TemplateLocation(part: part, place: "treść", excerpt: ""),
            copySeparator: separator)))
        let children = body.children
        if let first = children.first(where: { !($0.isElement && merging.preamble.contains($0)) }) {
            open.insert(before: first)
        } else {
            open.append(to: body)
        }
        let close = slots.marker(for: .sectionClose)
        if let trailer = children.last, trailer.isElement, merging.trailer.contains(trailer) {
            close.insert(before: trailer)
        } else {
            close.append(to: body)
        }
    }
}
