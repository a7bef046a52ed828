import ZitXML

/// Puts a marker into the tree for every tag: values where they stand, sections around what
/// they repeat (text, paragraphs or table rows), guards around tables that could lose all rows.
struct MarkerPlacement {
    let markup: Markup
    let tags: [FoundTag]
    let sections: [PlannedSection]

    private enum Action {
        case value(ValueExpression)
        case remove
        /// An inline section tag: the runs are split so the marker stands between them.
        case split(section: Int, opens: Bool)
    }

    func place(into slots: inout SlotTable) {
        let sectionSlots = sections.map { section in
            SectionSlot(
                path: section.path, inverted: section.inverted, tag: tags[section.open].source,
                location: tags[section.open].location)
        }
        var actions = [Action](repeating: .remove, count: tags.count)
        for (index, found) in tags.enumerated() {
            if case .value(let expression) = found.tag { actions[index] = .value(expression) }
        }
        for (number, section) in sections.enumerated() {
            switch section.extent {
            case .inline, .acrossParagraphs:
                actions[section.open] = .split(section: number, opens: true)
                actions[section.close] = .split(section: number, opens: false)
            case .paragraphs, .rows:
                break
            }
        }

        // Text edits, last tag first: every split only moves what comes after it.
        for index in tags.indices.reversed() {
            let found = tags[index]
            keepSpaces(in: found.textNode.parent)
            var bytes = Array(found.textNode.text.utf8)
            let right = Array(bytes[found.range.upperBound...])
            bytes.removeSubrange(found.range.lowerBound...)
            switch actions[index] {
            case .remove:
                found.textNode.text = String(decoding: bytes + right, as: UTF8.self)
            case .value(let expression):
                found.textNode.text = String(decoding: bytes, as: UTF8.self)
                guard let holder = found.textNode.parent else { continue }
                let slot = ValueSlot(
                    expression: expression, writer: markup.valueWriter(holder), tag: found.source,
                    location: found.location)
                let marker = slots.marker(for: .value(slot))
                marker.insert(after: found.textNode)
                if !right.isEmpty {
                    slots.document.makeText(String(decoding: right, as: UTF8.self)).insert(after: marker)
                }
            case .split(let section, let opens):
                found.textNode.text = String(decoding: bytes, as: UTF8.self)
                let marker = slots.marker(for: opens ? .sectionOpen(sectionSlots[section]) : .sectionClose)
                splitRuns(
                    at: found.textNode, keeping: String(decoding: right, as: UTF8.self), in: found.paragraph,
                    marker: marker, document: slots.document)
            }
        }

        var removable: [XMLNode] = []
        var after = InsertionCursor()
        for number in sections.indices.sorted(by: { sections[$0].open < sections[$1].open }) {
            let section = sections[number]
            switch section.extent {
            case .inline, .acrossParagraphs: continue
            case .paragraphs(let open, _) where startsEachRepetition(tags[section.open].paragraph):
                slots.marker(for: .sectionOpen(sectionSlots[number])).insert(before: open)
            case .paragraphs(let open, _):
                after.insert(slots.marker(for: .sectionOpen(sectionSlots[number])), after: open)
                removable.append(open)
            case .rows(let first, _):
                slots.marker(for: .sectionOpen(sectionSlots[number])).insert(before: first)
            }
        }
        for number in sections.indices.sorted(by: { sections[$0].close < sections[$1].close }) {
            let section = sections[number]
            switch section.extent {
            case .inline, .acrossParagraphs: continue
            case .paragraphs(_, let close) where startsEachRepetition(tags[section.close].paragraph):
                after.insert(slots.marker(for: .sectionClose), after: close)
            case .paragraphs(_, let close):
                slots.marker(for: .sectionClose).insert(before: close)
                removable.append(close)
            case .rows(_, let last):
                after.insert(slots.marker(for: .sectionClose), after: last)
            }
        }
        guardTables(sectionSlots: sectionSlots, slots: &slots)
        removeTagParagraphs(removable, slots: slots)
        dropBlankTagParagraphsInRows()
    }

    /// A tag paragraph that breaks the page belongs to every repetition, as in docxtemplater's
    /// paragraph loops: at the opening tag each repetition starts on a new page, at the closing
    /// tag each one ends with a break, and a section that shows nothing leaves no blank page.
    /// Only when the paragraph holds no other section's tag, whose marker would then cross it.
    private func startsEachRepetition(_ paragraph: XMLNode) -> Bool {
        markup.breaksPage(paragraph) && tags.count(where: { $0.paragraph == paragraph }) == 1
    }

    /// Splits the runs (and spans, hyperlinks…) around `textNode` so that the point after it is
    /// between two children of the paragraph, puts `marker` there and `remainder` after it.
    private func splitRuns(
        at textNode: XMLNode, keeping remainder: String, in paragraph: XMLNode, marker: XMLNode, document: XMLDocument
    ) {
        var left = textNode
        var movedText: XMLNode? = remainder.isEmpty ? nil : document.makeText(remainder)
        guard var container = textNode.parent else { return }
        while container != paragraph {
            let copy = container.shallowCopy()
            for child in container.children where markup.formattingChildren.contains(child) {
                child.deepCopy(under: container).append(to: copy)
            }
            movedText?.append(to: copy)
            movedText = nil
            var next = left.nextSibling
            while let node = next {
                next = node.nextSibling
                node.move(toEndOf: copy)
            }
            copy.insert(after: container)
            if container == textNode.parent { keepSpaces(in: copy) }
            left = container
            guard let parent = container.parent else { break }
            container = parent
        }
        // The marker goes in first: libxml2 merges a text node inserted next to another one.
        marker.insert(after: left)
        movedText?.insert(after: marker)  // the text stood directly in the paragraph (ODF)
    }

    /// Text cut next to a tag may now begin or end with a space that Word would otherwise drop.
    private func keepSpaces(in holder: XMLNode?) {
        guard markup.preservesSpaceWithAttribute, let holder else { return }
        holder.setAttribute(QualifiedName(Namespace.xml, "space"), to: "preserve")
    }

    /// A table whose every row lies in sections would be left without rows when they all show
    /// nothing, which Word refuses; such a table is kept only when one of them shows something.
    private func guardTables(sectionSlots: [SectionSlot], slots: inout SlotTable) {
        var byTable: [XMLNode: [Int]] = [:]
        var tableOrder: [XMLNode] = []
        for (number, section) in sections.enumerated() {
            guard case .rows(let first, _) = section.extent,
                let table = first.ancestors.first(where: markup.isTable)
            else { continue }
            if byTable[table] == nil { tableOrder.append(table) }
            byTable[table, default: []].append(number)
        }
        for table in tableOrder {
            let numbers = byTable[table] ?? []
            var covered = Set<XMLNode>()
            for number in numbers {
                guard case .rows(let first, let last) = sections[number].extent else { continue }
                var row: XMLNode? = first
                while let current = row {
                    covered.insert(current)
                    if current == last { break }
                    row = current.nextSibling
                }
            }
            var rows: [XMLNode] = []
            table.walk(
                { if markup.isRow($0) { rows.append($0) } }, descend: { !markup.isTable($0) && !markup.isRow($0) })
            guard rows.allSatisfy(covered.contains) else { continue }
            let outermost = numbers.filter { inner in
                !numbers.contains { outer in
                    sections[outer].open < sections[inner].open && sections[inner].close < sections[outer].close
                }
            }
            slots.marker(for: .guardOpen(outermost.map { sectionSlots[$0] })).insert(before: table)
            slots.marker(for: .guardClose).insert(after: table)
        }
    }

    /// Drops the paragraphs that held only section tags, so a loop leaves no blank lines. One
    /// that holds anything else (an image, a section break) stays; so does the last one of a
    /// table cell that would otherwise be left without a paragraph or end with a table.
    private func removeTagParagraphs(_ blocks: [XMLNode], slots: SlotTable) {
        var unique: [XMLNode] = []
        for block in blocks where !unique.contains(block) { unique.append(block) }
        var doomed = unique.filter { markup.isBlank($0) && !holdsKeptContent($0) }
        for cell in Set(doomed.compactMap { $0.parent }).filter(markup.isCell) {
            var depth = 0
            var remaining = 0
            var lastDoomedAtTop: XMLNode?
            for child in cell.children {
                if let number = SlotTable.number(of: child) {
                    switch slots[number] {
                    case .sectionOpen: depth += 1
                    case .sectionClose: depth -= 1
                    default: break
                    }
                }
                guard depth == 0, markup.isParagraph(child) || markup.isTable(child) else { continue }
                if doomed.contains(child) { lastDoomedAtTop = child } else { remaining += 1 }
            }
            if remaining == 0, let keep = lastDoomedAtTop { doomed.removeAll { $0 == keep } }
            // Word requires a paragraph after a table nested in a cell.
            let blocks = cell.children.filter { markup.isParagraph($0) || markup.isTable($0) }
            if blocks.count >= 2, let last = blocks.last, doomed.contains(last),
                markup.isTable(blocks[blocks.count - 2])
            {
                doomed.removeAll { $0 == last }
            }
        }
        for block in doomed { block.remove() }
    }

    private func holdsKeptContent(_ block: XMLNode) -> Bool {
        var found = false
        block.walk { node in if markup.keepParagraphsHolding.contains(node) { found = true } }
        return found
    }

    /// In a repeated row, a paragraph that held only a section tag disappears when its cell has others.
    private func dropBlankTagParagraphsInRows() {
        var removed = Set<XMLNode>()
        for section in sections {
            guard case .rows = section.extent else { continue }
            for paragraph in [tags[section.open].paragraph, tags[section.close].paragraph] {
                guard !removed.contains(paragraph), let cell = paragraph.parent, markup.isCell(cell),
                    cell.children.filter(markup.isParagraph).count > 1,
                    markup.isBlank(paragraph)
                else { continue }
                removed.insert(paragraph)
                paragraph.remove()
            }
        }
    }
}

/// Inserts several nodes after one anchor in the order they are given.
private struct InsertionCursor {
    private var last: [XMLNode: XMLNode] = [:]

    mutating func insert(_ node: XMLNode, after anchor: XMLNode) {
        node.insert(after: last[anchor] ?? anchor)
        last[anchor] = node
    }
}
