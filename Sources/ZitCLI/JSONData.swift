import Foundation
import ZitEngine

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
}
