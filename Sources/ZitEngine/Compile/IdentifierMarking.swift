import ZitXML

/// Replaces identifiers that repeated content would duplicate (drawing ids, bookmarks,
/// paragraph ids, `xml:id`) by slots that hand out fresh values on every repetition, and records
/// the largest value the template already uses so fresh ones never collide with it.
struct IdentifierMarking {
    let markup: Markup

    func mark(_ root: XMLNode, slots: inout SlotTable, registry: inout IdentifierRegistry) {
        guard !markup.uniqueIdentifiers.isEmpty else { return }
        var openSections: [Int?] = []  // slot numbers; nil for a guard, which repeats nothing
        var keys: [Int: [String: Int]] = [:]  // section slot → "group|original" → key
        visit(root, openSections: &openSections, keys: &keys, slots: &slots, registry: &registry)
    }

    private func visit(
        _ node: XMLNode, openSections: inout [Int?], keys: inout [Int: [String: Int]],
        slots: inout SlotTable, registry: inout IdentifierRegistry
    ) {
        if let number = SlotTable.number(of: node) {
            switch slots[number] {
            case .sectionOpen: openSections.append(number)
            case .guardOpen, .repetitionOpen, .pictureOpen: openSections.append(nil)
            case .sectionClose, .guardClose, .repetitionClose, .pictureClose: _ = openSections.popLast()
            case .value, .identifier, .pictureAttribute: break
            }
            return
        }
        guard node.isElement else { return }
        let innermost = openSections.last { $0 != nil } ?? nil
        let copies = openSections.first.flatMap { $0 }.flatMap { number -> Int? in
            if case .sectionOpen(let slot) = slots[number], slot.copySeparator != nil { return number }
            return nil
        }
        for rule in markup.uniqueIdentifiers where rule.element.map(node.isElement) ?? true {
            guard let original = node.attribute(rule.attribute) else { continue }
            registry.noteExisting(original, group: rule.group, style: rule.style)
            guard let section = rule.betweenDocumentsOnly ? copies : innermost else { continue }
            let name = "\(rule.group)|\(original)"
            let key: Int
            if let existing = keys[section]?[name] {
                key = existing
            } else {
                key = registry.newKey()
                keys[section, default: [:]][name] = key
                if case .sectionOpen(var slot) = slots[section] {
                    slot.identifierKeys.append(key)
                    slots[section] = .sectionOpen(slot)
                }
            }
            let number = slots.add(
                .identifier(IdentifierSlot(key: key, group: rule.group, style: rule.style, original: original)))
            node.setAttribute(rule.attribute, to: slots.attributeToken(number))
        }
        var child = node.firstChild
        while let current = child {
            visit(current, openSections: &openSections, keys: &keys, slots: &slots, registry: &registry)
            child = current.nextSibling
        }
    }
}
