import ZitPackage

/// Cuts a serialised part at its slot markers into the instruction tree.
enum ProgramBuilder {
    /// `manyDocuments`: the part is filled for many documents, not once for a merge (see `FixedText`).
    static func build(part: String, bytes: [UInt8], slots: SlotTable, manyDocuments: Bool) -> CompiledPart {
        let whole = bytes
        var stack: [(slot: Slot?, body: [Instruction])] = [(nil, [])]
        var stretches: [ArraySlice<UInt8>] = []
        var objects: [any AnyObject & Sendable] = []
        var cursor = 0
        var search = 0
        let token = SlotTable.token
        while let found = whole.firstRange(of: token, from: search) {
            var end = found.upperBound
            var number = 0
            while end < whole.count, let digit = digitValue(whole[end]) {
                number = number * 10 + digit
                end += 1
            }
            var start = found.lowerBound
            if start >= 2, whole[start - 2] == UInt8(ascii: "<"), whole[start - 1] == UInt8(ascii: "?") {
                start -= 2
                while end < whole.count, whole[end] != UInt8(ascii: ">") { end += 1 }
                end += 1
            }
            if start > cursor {
                stack[stack.count - 1].body.append(.literal(cursor..<start, stretch: stretches.count))
                stretches.append(whole[cursor..<start])
            }
            cursor = end
            search = end
            switch slots[number] {
            case .value(let slot):
                objects.append(slot)
                stack[stack.count - 1].body.append(.value(Unretained(slot)))
            case .identifier(let slot):
                stack[stack.count - 1].body.append(.freshIdentifier(slot))
            case .pictureAttribute(let attribute):
                stack[stack.count - 1].body.append(.pictureAttribute(attribute))
            case .sectionOpen, .guardOpen, .repetitionOpen, .pictureOpen:
                stack.append((slots[number], []))
            case .sectionClose, .guardClose, .repetitionClose, .pictureClose:
                let (opened, body) = stack.removeLast()
                let instruction: Instruction
                switch opened {
                case .sectionOpen(let slot):
                    let section = Instruction.Section(slot: slot, body: body)
                    objects.append(section)
                    instruction = .section(Unretained(section))
                case .repetitionOpen(let repetition):
                    let block = Instruction.OnRepetition(repetition: repetition, body: body)
                    objects.append(block)
                    instruction = .onRepetition(Unretained(block))
                case .pictureOpen(let slot):
                    let block = Instruction.PictureBlock(slot: slot, body: body)
                    objects.append(block)
                    instruction = .picture(Unretained(block))
                case .guardOpen(let sections):
                    let condition = Instruction.Guard(sections: sections, body: body)
                    objects.append(condition)
                    instruction = .guarded(Unretained(condition))
                default:
                    continue  // a close without its open: the slot table never makes one
                }
                stack[stack.count - 1].body.append(instruction)
            }
        }
        if cursor < whole.count {
            stack[stack.count - 1].body.append(.literal(cursor..<whole.count, stretch: stretches.count))
            stretches.append(whole[cursor...])
        }
        return CompiledPart(
            name: part, program: stack[0].body, objects: objects, text: whole,
            fixedText: FixedText(stretches: stretches, manyDocuments: manyDocuments))
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
