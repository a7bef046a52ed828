/// One tag of the template language, as written between the delimiters.
enum Tag: Sendable, Equatable {
    /// `{{path | filter:"argument"}}`
    case value(ValueExpression)
    /// `{{#path}}` or, inverted, `{{^path}}`
    case sectionOpen(ValuePath, inverted: Bool)
    /// `{{/path}}`, or `{{/}}` for the innermost open section
    case sectionClose(ValuePath?)
    /// `{{! note for the template's author }}`
    case comment

    var isSectionTag: Bool {
        switch self {
        case .sectionOpen, .sectionClose: true
        case .value, .comment: false
        }
    }
}

struct ValueExpression: Sendable, Equatable {
    var path: ValuePath
    var filters: [FilterCall]
    /// `{{%photo}}`: the value names a picture, put in place of the tag.
    var isPicture = false
}

struct FilterCall: Sendable, Equatable {
    var filter: Filter
    var argument: String?
}

/// Why a tag could not be read.
enum TagSyntaxError: Error, Equatable {
    case empty
    case badPath(String)
    case unknownFilter(String)
    case badFilterArgument(filter: String, reason: String)
}

extension Tag {
    /// Parses the text between the delimiters. Typographic quotes that Word's autocorrect puts
    /// into filter arguments („…”, “…”, ‘…’) count as plain quotes.
    init(parsing body: Substring) throws(TagSyntaxError) {
        let text = body.trimmingWhitespace()
        guard let first = text.first else { throw .empty }
        switch first {
        case "#", "^":
            let name = text.dropFirst().trimmingWhitespace()
            guard let path = ValuePath(parsing: name) else { throw .badPath(String(name)) }
            self = .sectionOpen(path, inverted: first == "^")
        case "/":
            let name = text.dropFirst().trimmingWhitespace()
            if name.isEmpty {
                self = .sectionClose(nil)
            } else {
                guard let path = ValuePath(parsing: name) else { throw .badPath(String(name)) }
                self = .sectionClose(path)
            }
        case "!":
            self = .comment
        case "%":
            let name = text.dropFirst().trimmingWhitespace()
            guard let path = ValuePath(parsing: name) else { throw .badPath(String(name)) }
            self = .value(ValueExpression(path: path, filters: [], isPicture: true))
        default:
            self = .value(try ValueExpression(parsing: text))
        }
    }
}

extension ValueExpression {
    init(parsing text: Substring) throws(TagSyntaxError) {
        var pieces = text.splitOutsideQuotes(separator: "|")
        let pathText = pieces.removeFirst().trimmingWhitespace()
        guard let path = ValuePath(parsing: pathText) else { throw .badPath(String(pathText)) }
        var filters: [FilterCall] = []
        for piece in pieces {
            filters.append(try FilterCall(parsing: piece.trimmingWhitespace()))
        }
        self.init(path: path, filters: filters)
    }
}

extension FilterCall {
    init(parsing text: Substring) throws(TagSyntaxError) {
        let name: Substring
        var argument: String?
        if let colon = text.firstIndex(of: ":") {
            name = text[..<colon].trimmingWhitespace()
            let raw = text[text.index(after: colon)...].trimmingWhitespace()
            guard let unquoted = raw.unquoted() else {
                throw .badFilterArgument(
                    filter: String(name), reason: "tekst po dwukropku musi być w cudzysłowie, np. \"d MMMM yyyy\"")
            }
            argument = unquoted
        } else {
            name = text
        }
        guard let filter = Filter(rawValue: String(name)) else { throw .unknownFilter(String(name)) }
        if let problem = filter.checkArgument(argument) {
            throw .badFilterArgument(filter: filter.rawValue, reason: problem)
        }
        self.init(filter: filter, argument: argument)
    }
}

private let openingQuotes: Set<Character> = ["\"", "'", "„", "“", "”", "‘", "’", "«", "»"]

extension Substring {
    func trimmingWhitespace() -> Substring {
        var result = self
        while let first = result.first, first.isWhitespace { result.removeFirst() }
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result
    }

    /// `"text"` → `text` with any kind of quote; a bare number or word is accepted as it is.
    func unquoted() -> String? {
        guard let first = first else { return nil }
        if openingQuotes.contains(first) {
            guard count >= 2, let last = last, openingQuotes.contains(last) else { return nil }
            return String(dropFirst().dropLast())
        }
        return allSatisfy { !$0.isWhitespace } ? String(self) : nil
    }

    func splitOutsideQuotes(separator: Character) -> [Substring] {
        var result: [Substring] = []
        var start = startIndex
        var inQuotes = false
        var index = startIndex
        while index < endIndex {
            let character = self[index]
            if openingQuotes.contains(character) {
                inQuotes.toggle()
            } else if character == separator, !inQuotes {
                result.append(self[start..<index])
                start = self.index(after: index)
            }
            index = self.index(after: index)
        }
        result.append(self[start...])
        return result
    }
}
