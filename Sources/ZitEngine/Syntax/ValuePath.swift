/// Where a value is looked up: `participant.lastName`, `.`, `@number`, `items.0.name`.
public enum ValuePath: Sendable, Hashable, CustomStringConvertible {
    /// The current item of the innermost section (`{{.}}`).
    case current
    /// A loop variable of the innermost list section.
    case loop(LoopVariable)
    /// Dotted names; the first is searched in the enclosing scopes, innermost first (Mustache rules).
    case names([String])

    public enum LoopVariable: String, Sendable, CaseIterable {
        case index, number, first, last
    }

    init?(parsing text: Substring) {
        if text == "." || text == "this" {
            self = .current
        } else if text.hasPrefix("@") {
            guard let variable = LoopVariable(rawValue: String(text.dropFirst())) else { return nil }
            self = .loop(variable)
        } else {
            let names = text.split(separator: ".", omittingEmptySubsequences: false)
            guard !names.isEmpty, names.allSatisfy({ !$0.isEmpty && $0.allSatisfy(Self.isNameCharacter) }) else {
                return nil
            }
            self = .names(names.map(String.init))
        }
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "-" || character == "$"
    }

    public var description: String {
        switch self {
        case .current: "."
        case .loop(let variable): "@\(variable.rawValue)"
        case .names(let names): names.joined(separator: ".")
        }
    }
}
