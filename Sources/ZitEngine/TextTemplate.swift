/// The tag language on plain text, for file names: `{{@number}}-{{lastName}}-{{firstName}}`.
/// Only values (with filters) are allowed; sections belong in documents.
public struct TextTemplate: Sendable {
    private enum Piece: Sendable {
        case text(String)
        case value(ValueExpression, source: String)
    }

    private let pieces: [Piece]

    public init(_ text: String, delimiters: Delimiters = .mustache) throws(TemplateError) {
        var pieces: [Piece] = []
        var rest = Substring(text)
        let location = TemplateLocation(part: "wzorzec nazwy pliku", place: "tekst", excerpt: text)
        while let open = rest.range(of: delimiters.open) {
            pieces.append(.text(String(rest[..<open.lowerBound])))
            guard let close = rest[open.upperBound...].range(of: delimiters.close) else {
                throw .problems([
                    TemplateProblem(kind: .unclosedTag(String(rest[open.lowerBound...])), location: location)
                ])
            }
            let source = String(rest[open.lowerBound..<close.upperBound])
            do {
                guard case .value(let expression) = try Tag(parsing: rest[open.upperBound..<close.lowerBound]) else {
                    throw TagSyntaxError.badPath("w nazwie pliku nie można używać sekcji")
                }
                pieces.append(.value(expression, source: source))
            } catch let error as TagSyntaxError {
                throw .problems([TemplateProblem(kind: TagScanner.problem(error, tag: source), location: location)])
            } catch {
                throw .problems([])
            }
            rest = rest[close.upperBound...]
        }
        pieces.append(.text(String(rest)))
        self.pieces = pieces
    }

    /// The text for one item; `outer` is the data around the item (looked up when the item lacks a name).
    public func render(_ item: TemplateValue, outer: TemplateValue? = nil, index: Int = 0, count: Int = 1)
        throws(TemplateError) -> String
    {
        var scopes = ScopeStack(root: outer ?? .null)
        scopes.push(item, position: (index, count))
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let text):
                result += text
            case .value(let expression, let source):
                var value = scopes.lookup(expression.path) ?? .null
                for call in expression.filters {
                    do {
                        value = try call.filter.apply(to: value, argument: call.argument)
                    } catch {
                        throw .problems([
                            TemplateProblem(
                                kind: .filterFailed(tag: source, reason: error.reason),
                                location: TemplateLocation(part: "wzorzec nazwy pliku", place: "tekst", excerpt: source)
                            )
                        ])
                    }
                }
                result += value.text
            }
        }
        return result
    }
}
