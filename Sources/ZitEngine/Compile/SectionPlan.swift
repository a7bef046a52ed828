import ZitXML

/// What a section repeats, decided from where its two tags stand.
enum SectionExtent {
    /// Both tags in one paragraph: the text between them.
    case inline
    /// Each tag alone in its paragraph: the paragraphs (and tables) between them. The nodes are
    /// the tag paragraphs, or the list items or content controls that wrap them.
    case paragraphs(open: XMLNode, close: XMLNode)
    /// Tags in different cells of one row, or in different rows: those rows.
    case rows(first: XMLNode, last: XMLNode)
    /// Tags in different paragraphs with text beside one of them: exactly what lies between the
    /// tags, as docxtemplater repeats it. Each repetition ends the opening paragraph and starts
    /// the closing one again, so both paragraphs must stand at the same level of the document.
    case acrossParagraphs
}

struct PlannedSection {
    var open: Int  // indices into the part's FoundTag list
    var close: Int
    var path: ValuePath
    var inverted: Bool
    var extent: SectionExtent
}

/// Pairs section tags and decides each section's extent.
struct SectionPlanner {
    let markup: Markup

    func plan(_ tags: [FoundTag]) -> (sections: [PlannedSection], problems: [TemplateProblem]) {
        var problems: [TemplateProblem] = []
        var sections: [PlannedSection] = []
        var stack: [(index: Int, path: ValuePath, inverted: Bool)] = []
        for (index, found) in tags.enumerated() {
            switch found.tag {
            case .sectionOpen(let path, let inverted):
                stack.append((index, path, inverted))
            case .sectionClose(let path):
                guard let top = stack.last else {
                    problems.append(
                        TemplateProblem(kind: .unexpectedClose(path?.description ?? "/"), location: found.location))
                    continue
                }
                if let path, path != top.path {
                    if let match = stack.lastIndex(where: { $0.path == path }) {
                        for unclosed in stack[(match + 1)...] {
                            problems.append(
                                TemplateProblem(
                                    kind: .mismatchedClose(opened: unclosed.path.description, closed: path.description),
                                    location: found.location))
                        }
                        stack.removeSubrange((match + 1)...)
                    } else {
                        // Most likely a typo in the name: report it once and take it as closing the open section.
                        problems.append(
                            TemplateProblem(
                                kind: .mismatchedClose(opened: top.path.description, closed: path.description),
                                location: found.location))
                        stack.removeLast()
                        continue
                    }
                }
                let opened = stack.removeLast()
                switch extent(open: tags[opened.index], close: found, all: tags) {
                case .success(let extent):
                    sections.append(
                        PlannedSection(
                            open: opened.index, close: index, path: opened.path, inverted: opened.inverted,
                            extent: extent))
                case .failure(let problem):
                    problems.append(problem)
                }
            case .value, .comment:
                continue
            }
        }
        for unclosed in stack {
            problems.append(
                TemplateProblem(
                    kind: .unclosedSection(unclosed.path.description), location: tags[unclosed.index].location))
        }
        return (sections.sorted { $0.open < $1.open }, problems)
    }

    private func extent(open: FoundTag, close: FoundTag, all tags: [FoundTag]) -> Result<SectionExtent, TemplateProblem>
    {
        let name: String
        if case .sectionOpen(let path, _) = open.tag { name = path.description } else { name = "?" }
        if open.paragraph == close.paragraph { return .success(.inline) }

        let openPath = [open.paragraph] + open.paragraph.ancestors
        let closePath = Set([close.paragraph] + close.paragraph.ancestors)
        guard let common = openPath.first(where: closePath.contains) else {
            return .failure(
                TemplateProblem(
                    kind: .sectionCrossesStructure(
                        name: name, reason: "jej znacznik zamykający jest w innej części dokumentu"),
                    location: open.location))
        }
        func child(of ancestor: XMLNode, towards node: XMLNode) -> XMLNode? {
            ([node] + node.ancestors).first { $0.parent == ancestor }
        }

        if markup.isRow(common) { return .success(.rows(first: common, last: common)) }
        if let openChild = child(of: common, towards: open.paragraph),
            let closeChild = child(of: common, towards: close.paragraph),
            markup.isRow(openChild) || markup.isRow(closeChild) || markup.isTable(common)
        {
            guard markup.isRow(openChild), markup.isRow(closeChild) else {
                return .failure(
                    TemplateProblem(
                        kind: .sectionCrossesStructure(
                            name: name,
                            reason:
                                "jeden z jej znaczników jest w wierszu tabeli, a drugi nie jest w wierszu tej samej tabeli"
                        ),
                        location: open.location))
            }
            return .success(.rows(first: openChild, last: closeChild))
        }

        let sameLevel = sameLevel(open.paragraph, close.paragraph, below: common)
        if let openBlock = child(of: common, towards: open.paragraph), wraps(openBlock, only: open.paragraph),
            let closeBlock = child(of: common, towards: close.paragraph), wraps(closeBlock, only: close.paragraph),
            standsAlone(in: open.paragraph, tags: tags), standsAlone(in: close.paragraph, tags: tags)
        {
            return .success(.paragraphs(open: openBlock, close: closeBlock))
        }
        if sameLevel { return .success(.acrossParagraphs) }
        let reason =
            [open.paragraph, close.paragraph].contains { p in p.ancestors.contains(where: markup.isCell) }
            ? "jeden z jej znaczników jest w tabeli, a drugi poza nią; umieść oba w tabeli (w komórkach wierszy, które mają się powtarzać) albo oba poza nią"
            : "jej znaczniki są na różnych poziomach dokumentu (na przykład jeden w polu tekstowym albo na liście, a drugi nie)"
        return .failure(
            TemplateProblem(kind: .sectionCrossesStructure(name: name, reason: reason), location: open.location))
    }

    /// True when the two paragraphs are nested in elements of the same names up to `common`
    /// and none of them is part of a table: then what lies between two points in them, repeated,
    /// closes exactly the elements it opens.
    private func sameLevel(_ first: XMLNode, _ second: XMLNode, below common: XMLNode) -> Bool {
        func chain(_ node: XMLNode) -> [XMLNode] {
            var result: [XMLNode] = []
            var current: XMLNode? = node
            while let element = current, element != common {
                result.append(element)
                current = element.parent
            }
            return result
        }
        let firstChain = chain(first)
        let secondChain = chain(second)
        guard firstChain.count == secondChain.count else { return false }
        for (a, b) in zip(firstChain, secondChain) {
            guard a.localName == b.localName, a.namespaceURI == b.namespaceURI else { return false }
            if markup.isTable(a) || markup.isRow(a) || markup.isCell(a) { return false }
        }
        return true
    }

    /// True when `block` is the paragraph itself or a wrapper (list item, content control) around it alone.
    private func wraps(_ block: XMLNode, only paragraph: XMLNode) -> Bool {
        if block == paragraph { return true }
        if markup.isTable(block) { return false }
        var paragraphs = 0
        var tables = 0
        block.walk { node in
            if markup.isParagraph(node) { paragraphs += 1 }
            if markup.isTable(node) { tables += 1 }
        }
        return paragraphs == 1 && tables == 0
    }

    /// True when the paragraph holds nothing but section tags and spaces.
    private func standsAlone(in paragraph: XMLNode, tags: [FoundTag]) -> Bool {
        let own = tags.filter { $0.paragraph == paragraph }
        guard own.allSatisfy({ $0.tag.isSectionTag || $0.tag == .comment }) else { return false }
        var text = markup.text(of: paragraph)
        for found in own {
            if let range = text.range(of: found.source) { text.removeSubrange(range) }
        }
        return text.allSatisfy(\.isWhitespace)
    }
}
