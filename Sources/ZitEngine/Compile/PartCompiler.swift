import ZitPackage
import ZitXML

/// Compiles one XML part: finds its tags, marks every data-dependent place, and cuts the
/// serialised part into literal bytes and slots.
struct PartCompiler {
    let part: String
    let markup: Markup
    let delimiters: Delimiters

    /// The name of the bookmark that opens each copy of a merge made `forSplitting` (see
    /// `Template.copyBookmark`).
    static let copyBookmark = "zitdocs_copy"

    /// With `asCopiesFrom`, the body is wrapped in a section that repeats it once per merged
    /// document (the package lends what the separator needs, such as shared styles); with
    /// `forSplitting` too, the copies are made to be laid out as their own documents would be
    /// and found again afterwards (see `Template.renderMerged`).
    func compile(
        _ document: XMLDocument, identifiers: inout IdentifierRegistry, asCopiesFrom package: Package? = nil,
        forSplitting: Bool = false
    ) -> Result<CompiledPart, TemplateError> {
        guard let root = document.root else {
            return .success(
                CompiledPart(
                    name: part, program: [], text: [],
                    fixedText: FixedText(stretches: [], manyDocuments: package == nil)))
        }
        let (tags, sections, problems) = read(root)
        guard problems.isEmpty else { return .failure(.problems(problems)) }

        var slots = SlotTable(document: document)
        let marker = MarkerPlacement(markup: markup, tags: tags, sections: sections)
        marker.place(into: &slots)
        if let package, let merging = markup.merging {
            wrapBody(root, merging: merging, package: package, forSplitting: forSplitting, slots: &slots)
        }
        SectionBreakRepetition(markup: markup).mark(root, slots: &slots)
        if let pictures = markup.pictures {
            let found = PictureMarking(format: pictures, delimiters: delimiters, part: part).mark(root, slots: &slots)
            guard found.isEmpty else { return .failure(.problems(found)) }
        }
        IdentifierMarking(markup: markup).mark(root, slots: &slots, registry: &identifiers)
        let bytes = document.serialized()
        return .success(ProgramBuilder.build(part: part, bytes: bytes, slots: slots, manyDocuments: package == nil))
    }

    /// The compiler's reading of a part: its tags, its sections and what is wrong with them.
    /// Rewrites the tree as compiling needs (a tag split over runs is gathered into one).
    func read(_ root: XMLNode) -> (tags: [FoundTag], sections: [PlannedSection], problems: [TemplateProblem]) {
        let (tags, scanProblems) = TagScanner(markup: markup, delimiters: delimiters, part: part).scan(root)
        let (sections, planProblems) = SectionPlanner(markup: markup).plan(tags)
        return (tags, sections, scanProblems + planProblems)
    }

    private func wrapBody(
        _ root: XMLNode, merging: Merging, package: Package, forSplitting: Bool, slots: inout SlotTable
    ) {
        var body: XMLNode?
        root.walk({ if body == nil, $0.isElement(merging.body) { body = $0 } }, descend: { _ in body == nil })
        guard let body else { return }
        var separator: [UInt8]?
        if forSplitting, let first = firstShownParagraph(in: body, slots: slots) {
            merging.bookmark(first, slots.document, Self.copyBookmark)
            if first.parent == body, firstBlock(of: body, merging: merging) == first,
                let breakBefore = merging.breakBefore,
                breakBefore(first, slots.document)
            {
                separator = []
            }
        }
        let separatorBytes = separator ?? merging.separator(body, slots.document, package)
        let open = slots.marker(
            for: .sectionOpen(
                SectionSlot(
                    path: .current, inverted: false, tag: "",
                    location: TemplateLocation(part: part, place: "treść", excerpt: ""),
                    copySeparator: separatorBytes)))
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

    /// The body's first child that shows (not its preamble, not a section's marker).
    private func firstBlock(of body: XMLNode, merging: Merging) -> XMLNode? {
        body.children.first { $0.isElement && !merging.preamble.contains($0) || SlotTable.number(of: $0) != nil }
    }

    /// The body's first paragraph outside every section: each copy shows it exactly once.
    private func firstShownParagraph(in body: XMLNode, slots: SlotTable) -> XMLNode? {
        var depth = 0
        var found: XMLNode?
        body.walk(
            { node in
                guard found == nil else { return }
                if let number = SlotTable.number(of: node) {
                    switch slots[number] {
                    case .sectionOpen, .guardOpen, .repetitionOpen, .pictureOpen: depth += 1
                    case .sectionClose, .guardClose, .repetitionClose, .pictureClose: depth -= 1
                    case .value, .identifier, .pictureAttribute: break
                    }
                } else if depth == 0, markup.isParagraph(node) {
                    found = node
                }
            }, descend: { _ in found == nil })
        return found
    }
}
