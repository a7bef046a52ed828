import ZitXML

/// A data-dependent place, marked in the tree by a processing instruction `<?zitdocs-slot-N?>`
/// (or, inside an attribute, the text `zitdocs-slot-N`) until the part is serialised and cut.
enum Slot {
    case value(ValueSlot)
    case sectionOpen(SectionSlot)
    case sectionClose
    case guardOpen([SectionSlot])
    case guardClose
    /// Content shown only the first time its place is reached, or only every later time (see
    /// `Repetition`); closed by `repetitionClose`.
    case repetitionOpen(Repetition)
    case repetitionClose
    case identifier(IdentifierSlot)
    /// A picture placeholder: its markup shows only when the data names a picture.
    case pictureOpen(PictureSlot)
    case pictureClose
    /// An attribute of the placeholder that takes the picture's value.
    case pictureAttribute(PictureAttribute)
}

/// The slots of one part and the markers that stand for them.
struct SlotTable {
    static let token = Array("zitdocs-slot-".utf8)
    private(set) var slots: [Slot] = []
    let document: XMLDocument

    init(document: XMLDocument) { self.document = document }

    mutating func add(_ slot: Slot) -> Int {
        slots.append(slot)
        return slots.count - 1
    }

    mutating func marker(for slot: Slot) -> XMLNode {
        let number = add(slot)
        return document.makeProcessingInstruction(target: "zitdocs-slot-\(number)", content: "")
    }

    func attributeToken(_ number: Int) -> String { "zitdocs-slot-\(number)" }

    /// The slot number a marker node stands for, if it is one.
    static func number(of node: XMLNode) -> Int? {
        guard node.kind == .processingInstruction else { return nil }
        let name = node.localName
        guard name.hasPrefix("zitdocs-slot-") else { return nil }
        return Int(name.dropFirst(13))
    }

    subscript(number: Int) -> Slot {
        get { slots[number] }
        set { slots[number] = newValue }
    }
}
