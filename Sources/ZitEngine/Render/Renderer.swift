import Foundation
import ZitPackage
import ZitPolish

/// Fills compiled parts with data. One renderer renders one document (its identifier counters
/// and collected problems belong to that document).
struct Renderer {
    let strict: Bool
    /// Set from this file and the picture filling (`Renderer+Pictures`) only.
    var problems: [TemplateProblem] = []
    var warnings: [TemplateProblem] = []
    var identifiers: IdentifierAllocator
    var scopes: ScopeStack
    /// The pictures the document holds, once each.
    var pictures = PictureCollection(source: .none)
    /// The part being filled, whose relationships name its pictures.
    var currentPart = ""
    /// The pictures of the placeholders being filled, innermost last.
    var placedPictures: [PlacedPicture] = []
    /// How many enclosing lists are past their first element (see `Repetition`).
    private var laterPasses = 0
    /// The documents of a merge: the data of each copy of the body.
    var copies: [TemplateValue] = []
    var issuedIdentifiers: [IdentifierAllocator.Issued] { identifiers.issued }

    /// `outer` is the data around `data` (a batch's whole data file when `data` is one of its items):
    /// names missing from the item are looked up there.
    init(data: TemplateValue, outer: TemplateValue?, strict: Bool, identifiers: IdentifierRegistry) {
        self.strict = strict
        self.identifiers = IdentifierAllocator(registry: identifiers)
        scopes = ScopeStack(root: outer ?? data)
        if outer != nil { scopes.push(data) }
    }

    /// Takes over what another renderer of the same document found.
    mutating func absorbProblems(of other: Renderer) {
        problems += other.problems
        warnings += other.warnings.filter { !warnings.contains($0) }
    }

    /// The part's text, filled.
    mutating func render(_ part: CompiledPart) -> [UInt8] {
        var output = part.fixedText.plainOutput()
        fill(part, into: &output)
        return output.text
    }

    /// Fills a part into `output`, which was made for it (see `FixedText`).
    mutating func fill<Output: PartOutput>(_ part: CompiledPart, into output: inout Output) {
        currentPart = part.name
        part.text.withUnsafeBufferPointer { text in
            run(part.program, text: text, into: &output)
        }
    }

    /// `text` is the part's `text`, which the literals point into.
    private mutating func run<Output: PartOutput>(
        _ program: [Instruction], text: UnsafeBufferPointer<UInt8>, into output: inout Output
    ) {
        for instruction in program {
            switch instruction {
            case .literal(let range, let stretch):
                output.appendStretch(stretch, UnsafeBufferPointer(rebasing: text[range]))
            case .value(let slot):
                slot.with { write($0, into: &output) }
            case .section(let section):
                section.with { runSection($0.slot, body: $0.body, text: text, into: &output) }
            case .guarded(let condition):
                condition.with { condition in
                    if condition.sections.contains(where: shows) { run(condition.body, text: text, into: &output) }
                }
            case .onRepetition(let block):
                block.with { block in
                    if (block.repetition == .later) == (laterPasses > 0) { run(block.body, text: text, into: &output) }
                }
            case .freshIdentifier(let slot):
                var identifier = identifiers.value(for: slot)
                identifier.withUTF8 { output.appendPlain($0) }
            case .picture(let block):
                block.with { block in
                    guard let placed = place(block.slot) else { return }
                    placedPictures.append(placed)
                    run(block.body, text: text, into: &output)
                    placedPictures.removeLast()
                }
            case .pictureAttribute(let attribute):
                if let placed = placedPictures.last {
                    var value = self.value(of: attribute, for: placed)
                    value.withUTF8 { output.appendPlain($0) }
                }
            }
        }
    }

    private func shows(_ slot: SectionSlot) -> Bool {
        let truthy = scopes.lookup(slot.path)?.isTruthy ?? false
        return truthy != slot.inverted
    }

    private mutating func runSection<Output: PartOutput>(
        _ slot: SectionSlot, body: [Instruction], text: UnsafeBufferPointer<UInt8>, into output: inout Output
    ) {
        if let separator = slot.copySeparator {
            for (index, copy) in copies.enumerated() {
                if index > 0 { output.appendValue { $0.append(contentsOf: separator) } }
                identifiers.renew(slot.identifierKeys)
                identifiers.currentCopy = index
                scopes.push(copy, position: (index, copies.count))
                run(body, text: text, into: &output)
                scopes.pop()
                output.endOfRepetition()
            }
            identifiers.currentCopy = nil
            return
        }
        let value = scopes.lookup(slot.path) ?? .null
        if slot.inverted {
            if !value.isTruthy { run(body, text: text, into: &output) }
            return
        }
        switch value {
        case .list(let items):
            for (index, item) in items.enumerated() {
                if index == 1 { laterPasses += 1 }
                identifiers.renew(slot.identifierKeys)
                scopes.push(item, position: (index, items.count))
                run(body, text: text, into: &output)
                scopes.pop()
                output.endOfRepetition()
            }
            if items.count > 1 { laterPasses -= 1 }
        case let other where other.isTruthy:
            identifiers.renew(slot.identifierKeys)
            scopes.push(other)
            run(body, text: text, into: &output)
            scopes.pop()
        default:
            break
        }
    }

    private mutating func write<Output: PartOutput>(_ slot: ValueSlot, into output: inout Output) {
        if slot.expression.isPicture {
            writePicture(slot, into: &output)
            return
        }
        if let name = slot.plainName, let found = scopes.innermostField(name, position: slot.position) {
            writeText(of: found, for: slot, into: &output)
            return
        }
        if slot.expression.filters.isEmpty, case .loop(let variable) = slot.expression.path,
            let counter = scopes.counter(variable)
        {
            output.appendValue { TextWriting.appendDecimal(counter, to: &$0) }
            return
        }
        var value: TemplateValue
        if let found = scopes.lookup(slot.expression.path, position: slot.position) {
            value = found
        } else {
            if strict {
                problems.append(
                    TemplateProblem(kind: .missingValue(slot.expression.path.description), location: slot.location))
            }
            value = .null
        }
        for call in slot.expression.filters {
            do {
                value = try call.filter.apply(to: value, argument: call.argument)
            } catch {
                problems.append(
                    TemplateProblem(kind: .filterFailed(tag: slot.tag, reason: error.reason), location: slot.location))
                return
            }
        }
        writeText(of: value, for: slot, into: &output)
    }

    private mutating func writeText<Output: PartOutput>(
        of value: TemplateValue, for slot: ValueSlot, into output: inout Output
    ) {
        let clean = output.appendValue { bytes -> Bool in
            if case .string(let text) = value {
                return TextWriting.append(text, spacesMatter: slot.spacesMatter, with: slot.writer, to: &bytes)
            }
            return TextWriting.append(value.text, spacesMatter: slot.spacesMatter, with: slot.writer, to: &bytes)
        }
        guard !clean else { return }
        let problem = TemplateProblem(
            kind: .controlCharacters(path: slot.expression.path.description), location: slot.location)
        if strict {
            problems.append(problem)
        } else if !warnings.contains(problem) {
            warnings.append(problem)
        }
    }
}

extension TemplateValue {
    /// The text a value shows in a document, in Polish conventions.
    var text: String {
        switch self {
        case .null: ""
        case .bool(let value): value ? "tak" : "nie"
        case .number(let value): Polish.plainNumber(value)
        case .string(let value): value
        case .list(let items): items.map(\.text).filter { !$0.isEmpty }.joined(separator: ", ")
        case .object, .record: ""
        }
    }
}
