import Foundation
import ZitEngine

/// JSON through Foundation's JSONSerialization: several times faster than decoding
/// `TemplateValue` through `Decodable`, which tries each kind of value in turn.
enum JSONData {
    static func value(from data: Data) throws -> TemplateValue {
        convert(try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }

    private static func convert(_ object: Any) -> TemplateValue {
        switch object {
        case let text as String:
            return .string(text)
        case let number as NSNumber:
            switch String(cString: number.objCType) {
            case "c", "B": return .bool(number.boolValue)  // how Foundation marks true/false
            case "d", "f": return .number(Decimal(string: "\(number.doubleValue)") ?? number.decimalValue)
            default: return .number(Decimal(number.int64Value))
            }
        case let list as [Any]:
            return .list(list.map(convert))
        case let fields as [String: Any]:
            return .object(fields.mapValues(convert))
        default:
            return .null
        }
    }
}
