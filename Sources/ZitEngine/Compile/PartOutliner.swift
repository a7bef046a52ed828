import Foundation
import ZitXML

/// A name the template looks up, with the sections around it, outermost first.
struct NameUse {
    struct Enclosing: Hashable {
        var path: ValuePath
        var inverted: Bool
    }

    var path: ValuePath
    var enclosing: [Enclosing]
    var opensSection: Bool
    var inverted: Bool
}

/// Describes what the compiler read from one part (`PartCompiler.read`) for the template's
/// author: tags, the section tree, the names looked up, and the places that are likely mistakes.
struct PartOutliner {
    let part: String
    let markup: Markup
    let delimiters: Delimiters

    func outline(_ root: XMLNode, tags: [FoundTag], sections: [PlannedSection]) -> (PartOutline, [NameUse]) {
        let numbering = Numbering(root: root, markup: markup)
        let outline = PartOutline(
            part: part, tags: tags.map(Self.outlineTag), sections: tree(sections, tags: tags, numbering: numbering),
            warnings: warnings(root, tags: tags, numbering: numbering))
        return (outline, uses(tags, sections: sections))
    }

    static func outlineTag(_ found: FoundTag) -> OutlineTag {
        let kind: TagKind
        var name: String?
        var filters: [String] = []
        switch found.tag {
        case .value(let expression):
            kind = expression.isPicture ? .picture : .value
            name = expression.path.description
            filters = expression.filters.map { call in
                call.filter.rawValue + (call.argument.map { ":\"\($0)\"" } ?? "")
            }
        case .sectionOpen(let path, let inverted):
            kind = inverted ? .invertedSection : .section
            name = path.description
        case .sectionClose(let path):
            kind = .sectionEnd
            name = path?.description
        case .comment:
            kind = .comment
        }
        return OutlineTag(kind: kind, source: found.source, name: name, filters: filters, location: found.location)
    }

    private func tree(_ sections: [PlannedSection], tags: [FoundTag], numbering: Numbering) -> [OutlineSection] {
        var next = 0
        func build(before limit: Int) -> [OutlineSection] {
            var result: [OutlineSection] = []
            while next < sections.count, sections[next].open < limit {
                let section = sections[next]
                next += 1
                let inner = build(before: section.close)
                result.append(
                    OutlineSection(
                        name: section.path.description, inverted: section.inverted,
                        repeats: repeats(section, tags: tags, numbering: numbering),
                        opening: tags[section.open].location, closing: tags[section.close].location, sections: inner))
            }
            return result
        }
        return build(before: Int.max)
    }

    private func repeats(_ section: PlannedSection, tags: [FoundTag], numbering: Numbering) -> SectionRepeats {
        let open = tags[section.open].paragraphNumber
        let close = tags[section.close].paragraphNumber
        switch section.extent {
        case .inline:
            return SectionRepeats(kind: .inlineText, first: open, last: open)
        case .paragraphs:
            let holds = open + 1 <= close - 1
            return SectionRepeats(kind: .paragraphs, first: holds ? open + 1 : nil, last: holds ? close - 1 : nil)
        case .rows(let first, let last):
            let table = first.ancestors.first(where: markup.isTable)
            return SectionRepeats(
                kind: .tableRows,
                first: table.map { TagScanner.rowNumber(of: first, in: $0, markup: markup) },
                last: table.map { TagScanner.rowNumber(of: last, in: $0, markup: markup) },
                table: table.flatMap { numbering.tables[$0] })
        case .acrossParagraphs:
            return SectionRepeats(kind: .acrossParagraphs, first: open, last: close)
        }
    }

    private func uses(_ tags: [FoundTag], sections: [PlannedSection]) -> [NameUse] {
        tags.indices.compactMap { index in
            let enclosing = sections.filter { $0.open < index && index < $0.close }.map {
                NameUse.Enclosing(path: $0.path, inverted: $0.inverted)
            }
            switch tags[index].tag {
            case .value(let expression):
                return NameUse(path: expression.path, enclosing: enclosing, opensSection: false, inverted: false)
            case .sectionOpen(let path, let inverted):
                return NameUse(path: path, enclosing: enclosing, opensSection: true, inverted: inverted)
            case .sectionClose, .comment:
                return nil
            }
        }
    }

    // MARK: - Likely mistakes

    private func warnings(_ root: XMLNode, tags: [FoundTag], numbering: Numbering) -> [TemplateWarning] {
        let fields = FieldText(root: root)
        var warnings: [TemplateWarning] = []
        for found in tags {
            func warn(_ kind: TemplateWarning.Kind) {
                warnings.append(TemplateWarning(kind: kind, location: found.location, text: found.source))
            }
            if isSplitAtSpellingMark(found) { warn(.splitBySpellingMark) }
            if fields.holds(found.textNode) { warn(.insideField) }
            if found.paragraph.ancestors.contains(where: { Pitfalls.textBoxes.contains($0) }) { warn(.insideTextBox) }
        }
        for code in fields.codes where code.text.contains(delimiters.open) {
            guard let paragraph = code.ancestors.first(where: markup.isParagraph) else { continue }
            warnings.append(
                TemplateWarning(
                    kind: .inFieldCode, location: location(of: paragraph, excerpt: code.text, numbering: numbering),
                    text: code.text.trimmingCharacters(in: .whitespaces)))
        }
        warnings += strayClosingDelimiters(tags: tags, numbering: numbering)
        return warnings
    }

    /// True when the tag's pieces lie in runs of different formatting with a spelling mark
    /// between them. Pieces of one formatting are gathered without a trace; different ones are
    /// not what the author sees in the finished tag.
    private func isSplitAtSpellingMark(_ found: FoundTag) -> Bool {
        let runs = found.pieces.compactMap { $0.parent?.parent }
        guard runs.count > 1, let first = runs.first, let last = runs.last, first.parent == last.parent else {
            return false
        }
        var marked = false
        var sibling = first.nextSibling
        while let node = sibling, node != last {
            if node.isElement(Pitfalls.proofingMark) { marked = true }
            sibling = node.nextSibling
        }
        return marked && Set(runs.map(Self.formatting)).count > 1
    }

    private static func formatting(of run: XMLNode) -> String {
        guard let properties = run.children.first(where: { $0.isElement(Pitfalls.runFormatting) }) else { return "" }
        func describe(_ node: XMLNode) -> String {
            let attributes = node.attributes.map { "\($0.name)=\($0.value)" }.sorted().joined(separator: " ")
            let children = node.children.filter(\.isElement).map(describe).joined()
            return "<\(node.namespaceURI ?? ""):\(node.localName) \(attributes)>\(children)</>"
        }
        return describe(properties)
    }

    private func strayClosingDelimiters(tags: [FoundTag], numbering: Numbering) -> [TemplateWarning] {
        var warnings: [TemplateWarning] = []
        for (paragraph, _) in numbering.paragraphs.sorted(by: { $0.value < $1.value }) {
            var text = markup.text(of: paragraph)
            guard text.contains(delimiters.close) else { continue }
            for found in tags where found.paragraph == paragraph {
                if let range = text.range(of: found.source) { text.replaceSubrange(range, with: " ") }
            }
            // An unclosed opening delimiter is an error already; only a closing one before any opening counts.
            let beforeOpening = text.range(of: delimiters.open).map { String(text[..<$0.lowerBound]) } ?? text
            guard beforeOpening.contains(delimiters.close) else { continue }
            warnings.append(
                TemplateWarning(
                    kind: .strayClosingDelimiter,
                    location: location(of: paragraph, excerpt: markup.text(of: paragraph), numbering: numbering),
                    text: delimiters.close))
        }
        return warnings
    }

    private func location(of paragraph: XMLNode, excerpt: String, numbering: Numbering) -> TemplateLocation {
        let bytes = Array(excerpt.utf8)
        return TemplateLocation(
            part: part,
            place: TagScanner(markup: markup, delimiters: delimiters, part: part)
                .place(of: paragraph, number: numbering.paragraphs[paragraph] ?? 0, tables: numbering.tables),
            excerpt: TagScanner.excerpt(of: bytes, around: 0..<bytes.count))
    }
}

/// Paragraphs and tables numbered as `TagScanner` numbers them in locations.
private struct Numbering {
    var paragraphs: [XMLNode: Int] = [:]
    var tables: [XMLNode: Int] = [:]

    init(root: XMLNode, markup: Markup) {
        var paragraphs: [XMLNode: Int] = [:]
        var tables: [XMLNode: Int] = [:]
        let visit: (XMLNode) -> Void = { node in
            guard node.isElement else { return }
            if markup.isTable(node) { tables[node] = tables.count + 1 }
            if markup.isParagraph(node) { paragraphs[node] = paragraphs.count + 1 }
        }
        if markup.isParagraph(root) { visit(root) }
        root.walk(visit)
        self.paragraphs = paragraphs
        self.tables = tables
    }
}

/// Word's fields in a part: the text nodes of their results and their codes.
private struct FieldText {
    private var results: Set<XMLNode> = []
    private(set) var codes: [XMLNode] = []

    init(root: XMLNode) {
        // One entry per open complex field: whether its result has begun.
        var open: [Bool] = []
        var results: Set<XMLNode> = []
        var codes: [XMLNode] = []
        root.walk { node in
            if node.isElement(Pitfalls.fieldCharacter) {
                switch node.attribute(Pitfalls.fieldCharacterType) {
                case "begin": open.append(false)
                case "separate": if !open.isEmpty { open[open.count - 1] = true }
                case "end": _ = open.popLast()
                default: break
                }
            } else if node.isElement(Pitfalls.fieldCode) {
                codes.append(node)
            } else if node.kind == .text,
                open.last == true
                    || node.ancestors.contains(where: { $0.isElement(Pitfalls.simpleField) })
            {
                results.insert(node)
            }
        }
        self.results = results
        self.codes = codes
    }

    func holds(_ text: XMLNode) -> Bool { results.contains(text) }
}
