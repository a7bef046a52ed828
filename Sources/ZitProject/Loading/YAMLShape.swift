import CYaml
import ZitPolish

/// Checks a YAML text before Yams builds its tree of it. Yams descends one level of the stack
/// per level of nesting, so a few kilobytes of `[[[[…` end the program; and a few lines of
/// anchors and aliases ("billion laughs") stand for billions of values once read. libyaml's
/// event parser (the one inside Yams) walks the text without recursion, so the nesting and the
/// number of values after aliases are expanded can be counted first.
public enum YAMLShape {
    public static let maximumNesting = 200
    public static let maximumValues = 5_000_000

    public enum Problem: Error, Equatable {
        case tooDeep(line: Int)
        case tooManyValues(line: Int)

        /// The line, counted from 1.
        public var line: Int {
            switch self {
            case .tooDeep(let line), .tooManyValues(let line): line
            }
        }

        /// In Polish, for the person who keeps the file.
        public var description: String {
            switch self {
            case .tooDeep(let line):
                "linia \(line): dane są zagnieżdżone głębiej niż na \(YAMLShape.maximumNesting) poziomów; "
                    + "takiego pliku nie da się bezpiecznie odczytać."
            case .tooManyValues(let line):
                "linia \(line): po rozwinięciu odwołań (*nazwa) plik zawierałby ponad "
                    + "\(Polish.formatNumber(YAMLShape.maximumValues)) wartości; takiego pliku nie da się bezpiecznie odczytać."
            }
        }
    }

    /// Returns the first problem, or nil. A text libyaml cannot read at all is left for Yams,
    /// whose message says what is wrong and where.
    public static func problem(in text: String) -> Problem? {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeMutableBufferPointer { buffer -> Problem? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            // Each open collection counts its values; an anchored one records its size, so an
            // alias to it adds that many.
            var open: [(anchor: String?, values: Int)] = [(nil, 0)]
            var sizes: [String: Int] = [:]
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    let anchor =
                        event.type == YAML_SEQUENCE_START_EVENT
                        ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                    open.append((anchor.map { String(cString: $0) }, 1))
                    if open.count > maximumNesting + 1 { return .tooDeep(line: line) }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard open.count > 1 else { return nil }
                    let closed = open.removeLast()
                    if let anchor = closed.anchor { sizes[anchor] = closed.values }
                    open[open.count - 1].values += closed.values
                case YAML_SCALAR_EVENT:
                    open[open.count - 1].values += 1
                    if let anchor = event.data.scalar.anchor { sizes[String(cString: anchor)] = 1 }
                case YAML_ALIAS_EVENT:
                    let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                    open[open.count - 1].values += sizes[name] ?? 1
                default:
                    break
                }
                if open.reduce(0, { $0 + $1.values }) > maximumValues { return .tooManyValues(line: line) }
            }
            return nil
        }
    }
}
