import Foundation

/// The data a template is filled with: what JSON or YAML can express.
public enum TemplateValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Decimal)
    case string(String)
    case list([TemplateValue])
    case object([String: TemplateValue])
    /// An object as a data file's rows are read: equal to the `object` of the same fields.
    case record(Record)

    /// Mustache/JavaScript truthiness, so templates written for docxtemplater behave the same:
    /// null, false, 0, "" and [] hide a section.
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .number(let value): !value.isZero
        case .string(let value): !value.isEmpty
        case .list(let items): !items.isEmpty
        case .object, .record: true
        }
    }

    public subscript(key: String) -> TemplateValue? {
        switch self {
        case .object(let fields): fields[key]
        case .record(let record): record[key]
        default: nil
        }
    }

    public static func == (lhs: TemplateValue, rhs: TemplateValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let left), .bool(let right)): left == right
        case (.number(let left), .number(let right)): left == right
        case (.string(let left), .string(let right)): left == right
        case (.list(let left), .list(let right)): left == right
        case (.object(let left), .object(let right)): left == right
        case (.record(let left), .record(let right)):
            left.keys === right.keys ? left.values.elementsEqual(right.values) : left.fields == right.fields
        case (.record(let record), .object(let fields)), (.object(let fields), .record(let record)):
            record.fields == fields
        default: false
        }
    }
}

extension TemplateValue: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .number(Decimal(value))
        } else if let value = try? container.decode(Double.self) {
            // Through the shortest decimal text, so 0.1 stays 0.1 and amounts keep their grosze.
            self = .number(Decimal(string: "\(value)") ?? Decimal(value))
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([TemplateValue].self) {
            self = .list(value)
        } else {
            self = .object(try container.decode([String: TemplateValue].self))
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .number(Decimal(value)) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    public init(nilLiteral: ()) { self = .null }
}
