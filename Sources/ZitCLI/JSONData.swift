import Foundation
import ZitEngine
import ZitProject

/// JSON through Foundation's JSONSerialization: several times faster than decoding
/// `TemplateValue` through `Decodable`, which tries each kind of value in turn.
enum JSONData {
    static func value(from data: Data) throws -> TemplateValue {
        convert(try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }

    private static func convert(_ object: Any) -> TemplateValue {
        // Containers are matched before NSNumber: casting a Swift array or dictionary to
        // NSNumber first bridges the whole container to Foundation objects, for every value.
        switch object {
        case let text as String:
            return .string(text)
        case let list as [Any]:
            return .list(list.map(convert))
        case let fields as [String: Any]:
            return .object(fields.mapValues(convert))
        case let number as NSNumber:
            switch String(cString: number.objCType) {
            case "c", "B": return .bool(number.boolValue)  // how Foundation marks true/false
            case "d", "f": return .number(Decimal(string: "\(number.doubleValue)") ?? number.decimalValue)
            default: return .number(Decimal(number.int64Value))
            }
        default:
            return .null
        }
    }

    /// The line where the text nests deeper than a person's data ever does, if it does: Foundation's
    /// parser and the conversion above descend the stack once per level, so a file of `[[[[…`
    /// would end the program. Strings are skipped, as their brackets are only text.
    static func lineNestedTooDeep(_ data: Data) -> Int? {
        var depth = 0, line = 1, inString = false, escaped = false
        for byte in data {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > YAMLShape.maximumNesting { return line }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return nil
    }
}
