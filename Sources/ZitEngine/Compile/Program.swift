import ZitPackage

/// A template part compiled once: fixed bytes between the places that depend on the data.
/// Rendering a document walks this tree and appends; no XML is parsed or serialised per document.
///
/// The renderer steps through every instruction of every row of a list, so no instruction
/// carries anything that has to be retained when it is read: its slot or section is held by
/// the part (`CompiledPart.objects`) and only referred to here.
enum Instruction: Sendable {
    /// Fixed text: `range` of the part's `text`, and its number among the part's stretches (see `FixedText`).
    case literal(Range<Int>, stretch: Int)
    case value(Unretained<ValueSlot>)
    case section(Unretained<Section>)
    /// Keeps a table whose rows are all inside sections only when at least one of them shows a row,
    /// so no table is ever left without rows.
    case guarded(Unretained<Guard>)
    /// Shown depending on whether this is the first pass through every enclosing list.
    case onRepetition(Unretained<OnRepetition>)
    case freshIdentifier(IdentifierSlot)
    /// A picture placeholder, shown with the picture the data names.
    case picture(Unretained<PictureBlock>)
    /// An attribute of the enclosing placeholder that takes its picture's value.
    case pictureAttribute(PictureAttribute)

    final class Section: Sendable {
        let slot: SectionSlot
        let body: [Instruction]
        init(slot: SectionSlot, body: [Instruction]) {
            self.slot = slot
            self.body = body
        }
    }

    final class OnRepetition: Sendable {
        let repetition: Repetition
        let body: [Instruction]
        init(repetition: Repetition, body: [Instruction]) {
            self.repetition = repetition
            self.body = body
        }
    }

    final class PictureBlock: Sendable {
        let slot: PictureSlot
        let body: [Instruction]
        init(slot: PictureSlot, body: [Instruction]) {
            self.slot = slot
            self.body = body
        }
    }

    final class Guard: Sendable {
        let sections: [SectionSlot]
        let body: [Instruction]
        init(sections: [SectionSlot], body: [Instruction]) {
            self.sections = sections
            self.body = body
        }
    }
}

/// A class, not a struct: the renderer takes one out of the program for every value it
/// writes, and a reference is one retain where the struct's fields were several.
final class ValueSlot: Sendable {
    let expression: ValueExpression
    let writer: ValueWriter
    let tag: String
    let location: TemplateLocation
    /// Where the first name was found in the last record looked in.
    let position = FieldPosition()
    /// The name of a tag that is one name without filters (`{{lastName}}`), the most common
    /// kind: in a list's row it is found by `position` alone.
    let plainName: String?
    /// Whether runs of spaces need the format's markup (`ValueWriter.spaceElement`), so that a
    /// value needing no care is copied without touching `writer`.
    let spacesMatter: Bool

    init(expression: ValueExpression, writer: ValueWriter, tag: String, location: TemplateLocation) {
        self.expression = expression
        self.writer = writer
        self.tag = tag
        self.location = location
        if expression.filters.isEmpty, !expression.isPicture, case .names(let names) = expression.path,
            names.count == 1
        {
            plainName = names[0]
        } else {
            plainName = nil
        }
        spacesMatter = writer.spaceElement != nil
    }
}

/// Which passes through repeated content show a piece of it. The first pass is the one where
/// every enclosing list is at its first element (docxtemplater's rule for a section break in a
/// loop: the first copy keeps its header references, later copies start continuously).
enum Repetition: Sendable {
    case first
    case later
}

/// A picture placeholder of the template: the tag naming its picture and the box it fills.
struct PictureSlot: Sendable {
    var path: ValuePath
    var tag: String
    var location: TemplateLocation
    var format: PictureFormat
    /// The placeholder's size in centimetres.
    var width: Double
    var height: Double
}

struct SectionSlot: Sendable {
    var path: ValuePath
    var inverted: Bool
    var tag: String
    var location: TemplateLocation
    /// Identifier groups (see `IdentifierSlot.key`) renumbered on each repetition of this section.
    var identifierKeys: [Int] = []
    /// Set on the section that repeats a whole document body for a merge: it repeats once per
    /// merged document, with this markup (a page or section break) between copies.
    var copySeparator: [UInt8]?
}

struct IdentifierSlot: Sendable {
    /// Index of the (group, original value) pair: equal originals within one repetition map to one fresh value.
    var key: Int
    var group: String
    var style: UniqueIdentifier.Style
    var original: String
}

struct CompiledPart: Sendable {
    var name: String
    var program: [Instruction]
    /// The slots and sections `program` refers to (see `Unretained`).
    var objects: [any AnyObject & Sendable] = []
    /// The serialised part the `literal` instructions point into.
    var text: [UInt8]

    /// True when nothing in the part depends on the data.
    var isStatic: Bool {
        program.allSatisfy { if case .literal = $0 { true } else { false } }
    }
    /// The fixed text of `program`, numbered as in its `literal` instructions, for the outputs
    /// its documents are written through.
    var fixedText: FixedText
}
