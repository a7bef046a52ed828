import ZitXML

/// Section breaks inside repeated content, repeated the way docxtemplater's loop module does:
/// every repetition keeps its section break; when the repeated content holds exactly one break
/// that names headers or footers, only the first pass names them (later sections carry the same
/// headers on); when the section after the first break that follows the opening tag starts
/// continuously, later passes start continuously too. A section that shows nothing keeps the
/// break of its last paragraph, so the pages before it keep their own setup.
struct SectionBreakRepetition {
    let markup: Markup

    func mark(_ root: XMLNode, slots: inout SlotTable) {
        guard let breaks = markup.sectionBreaks else { return }
        var open: [Int?] = []  // section slot numbers; nil for what repeats nothing of its own
        var waiting: [Int] = []  // sections opened since the last break
        var found: [(properties: XMLNode, section: Int?)] = []
        var firstAfterOpening: [Int: Int] = [:]  // section → index in `found`
        root.walk(
            { node in
                if let number = SlotTable.number(of: node) {
                    switch slots[number] {
                    case .sectionOpen(let slot) where slot.copySeparator == nil:
                        open.append(number)
                        waiting.append(number)
                    case .sectionOpen, .guardOpen, .repetitionOpen, .pictureOpen: open.append(nil)
                    case .sectionClose, .guardClose, .repetitionClose, .pictureClose: _ = open.popLast()
                    case .value, .identifier, .pictureAttribute: break
                    }
                } else if node.isElement(breaks.properties) {
                    for section in waiting { firstAfterOpening[section] = found.count }
                    waiting = []
                    found.append((node, open.last { $0 != nil } ?? nil))
                }
            }, descend: { !$0.isElement(breaks.properties) })

        var bySection: [Int: [XMLNode]] = [:]
        for (properties, section) in found {
            if let section { bySection[section, default: []].append(properties) }
        }
        // Copied before any marker goes into a break.
        for section in bySection.keys.sorted() {
            if let last = bySection[section]?.last { keepWhenEmpty(last, section: section, root: root, slots: &slots) }
        }
        for section in bySection.keys.sorted() {
            let inside = bySection[section] ?? []
            let naming = inside.filter { names(breaks.headerFooterReferences, in: $0) }
            if naming.count == 1 {
                for reference in naming[0].children where breaks.headerFooterReferences.contains(reference) {
                    wrap(reference, shownOn: .first, slots: &slots)
                }
            }
            if let first = firstAfterOpening[section], first + 1 < found.count,
                isContinuous(found[first + 1].properties, breaks: breaks)
            {
                for properties in inside where !properties.children.contains(where: { $0.isElement(breaks.type) }) {
                    addContinuousType(to: properties, breaks: breaks, slots: &slots)
                }
            }
        }
    }

    /// When `properties` stand in the section's last paragraph, puts a paragraph holding a copy
    /// of them after the section, shown when the section shows nothing (an inverted section of
    /// the same name).
    private func keepWhenEmpty(_ properties: XMLNode, section: Int, root: XMLNode, slots: inout SlotTable) {
        guard case .sectionOpen(let slot) = slots[section], !slot.inverted, slot.copySeparator == nil,
            let paragraphProperties = properties.parent, let paragraph = paragraphProperties.parent,
            markup.isParagraph(paragraph), let close = closeMarker(of: section, in: root, slots: slots),
            lastBlock(before: close) == paragraph
        else { return }
        let kept = slots.document.makeElement(paragraph.localName, likeNamespaceOf: paragraph)
        paragraphProperties.deepCopy(under: kept).append(to: kept)
        let open = slots.marker(
            for: .sectionOpen(SectionSlot(path: slot.path, inverted: true, tag: slot.tag, location: slot.location)))
        let end = slots.marker(for: .sectionClose)
        open.insert(after: close)
        kept.insert(after: open)
        end.insert(after: kept)
    }

    /// The marker closing the section whose opening marker is numbered `section`.
    private func closeMarker(of section: Int, in root: XMLNode, slots: SlotTable) -> XMLNode? {
        var depth = 0
        var found: XMLNode?
        root.walk { node in
            guard found == nil, let number = SlotTable.number(of: node) else { return }
            if number == section {
                depth = 1
                return
            }
            guard depth > 0 else { return }
            switch slots[number] {
            case .sectionOpen, .guardOpen, .repetitionOpen, .pictureOpen: depth += 1
            case .sectionClose, .guardClose, .repetitionClose, .pictureClose:
                depth -= 1
                if depth == 0 { found = node }
            case .value, .identifier, .pictureAttribute: break
            }
        }
        return found
    }

    /// The element before `marker` among its siblings, past other markers and whitespace.
    private func lastBlock(before marker: XMLNode) -> XMLNode? {
        var node = marker.previousSibling
        while let candidate = node, !candidate.isElement { node = candidate.previousSibling }
        return node
    }

    private func names(_ references: Set<QualifiedName>, in properties: XMLNode) -> Bool {
        properties.children.contains { references.contains($0) }
    }

    private func isContinuous(_ properties: XMLNode, breaks: SectionBreaks) -> Bool {
        properties.children.contains {
            $0.isElement(breaks.type) && $0.attribute(breaks.typeValue) == breaks.continuous
        }
    }

    /// In the schema's place: after the references and note settings, before the page setup.
    private func addContinuousType(to properties: XMLNode, breaks: SectionBreaks, slots: inout SlotTable) {
        let type = slots.document.makeElement(breaks.type.localName, likeNamespaceOf: properties)
        if let last = properties.children.last(where: { breaks.beforeType.contains($0) }) {
            type.insert(after: last.nextSibling.flatMap { SlotTable.number(of: $0) != nil ? $0 : nil } ?? last)
        } else if let first = properties.firstChild {
            type.insert(before: first)
        } else {
            type.append(to: properties)
        }
        type.setAttribute(breaks.typeValue, to: breaks.continuous)
        wrap(type, shownOn: .later, slots: &slots)
    }

    private func wrap(_ node: XMLNode, shownOn repetition: Repetition, slots: inout SlotTable) {
        slots.marker(for: .repetitionOpen(repetition)).insert(before: node)
        slots.marker(for: .repetitionClose).insert(after: node)
    }
}
