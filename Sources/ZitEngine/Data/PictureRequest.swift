import Foundation

/// What the data says about one picture: where it is and, optionally, its size.
///
/// The value of a picture tag is a string (a `data:` URI or a path relative to the data's
/// folder) or an object `{ obraz: …, szerokosc_cm: 4, wysokosc_cm: 2, proporcje: true }`.
struct PictureRequest: Equatable {
    enum Origin: Equatable {
        /// `data:image/png;base64,…`, decoded.
        case embedded(bytes: [UInt8], mediaType: String)
        /// A path inside the data's folder, components checked and joined with `/`.
        case file(String)
    }

    enum Invalid: Error, Equatable {
        case notAPictureValue
        case badDataURI
        case unsupportedMediaType(String)
        case outsideFolder(String)
        case badSize(key: String)
    }

    static let pictureKey = "obraz"
    static let widthKey = "szerokosc_cm"
    static let heightKey = "wysokosc_cm"
    static let aspectKey = "proporcje"

    var origin: Origin
    /// Centimetres asked for.
    var width: Double?
    var height: Double?
    /// Keep the picture's own proportions inside the placeholder's box.
    var keepsAspect = false

    /// Nil when the value names no picture (missing, null, empty).
    init?(_ value: TemplateValue) throws(Invalid) {
        switch value {
        case .null: return nil
        case .string(let text):
            guard let origin = try Self.origin(text) else { return nil }
            self.origin = origin
        case .object, .record:
            guard let inner = value[Self.pictureKey], case .string(let text) = inner else {
                if value[Self.pictureKey] == nil || value[Self.pictureKey] == .null { return nil }
                throw .notAPictureValue
            }
            guard let origin = try Self.origin(text) else { return nil }
            self.origin = origin
            width = try Self.centimetres(value[Self.widthKey], key: Self.widthKey)
            height = try Self.centimetres(value[Self.heightKey], key: Self.heightKey)
            keepsAspect = value[Self.aspectKey]?.isTruthy ?? false
        default:
            throw .notAPictureValue
        }
    }

    private static func centimetres(_ value: TemplateValue?, key: String) throws(Invalid) -> Double? {
        switch value {
        case nil, .null?: return nil
        case .number(let number)?:
            let result = NSDecimalNumber(decimal: number).doubleValue
            guard result > 0, result <= 100 else { throw .badSize(key: key) }
            return result
        case .string(let text)?:
            guard let result = Double(text.replacingOccurrences(of: ",", with: ".")), result > 0, result <= 100 else {
                throw .badSize(key: key)
            }
            return result
        default: throw .badSize(key: key)
        }
    }

    private static func origin(_ text: String) throws(Invalid) -> Origin? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        if trimmed.lowercased().hasPrefix("data:") { return try dataURI(trimmed) }
        return .file(try checkedPath(trimmed))
    }

    /// Only base64 `data:` URIs of the three picture types.
    private static func dataURI(_ text: String) throws(Invalid) -> Origin {
        guard let comma = text.firstIndex(of: ",") else { throw .badDataURI }
        let header = text[text.index(text.startIndex, offsetBy: 5)..<comma].lowercased()
        let fields = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard fields.last == "base64", let type = fields.first else { throw .badDataURI }
        guard PictureFile.Kind(mediaType: type) != nil else { throw .unsupportedMediaType(type) }
        let payload = text[text.index(after: comma)...].filter { !$0.isWhitespace }
        guard let data = Data(base64Encoded: String(payload)) else { throw .badDataURI }
        return .embedded(bytes: [UInt8](data), mediaType: type)
    }

    /// The path's components with `.` dropped and `..` resolved; refused when it is absolute or
    /// climbs above the folder.
    static func checkedPath(_ text: String) throws(Invalid) -> String {
        let absolute =
            text.hasPrefix("/") || text.hasPrefix("\\") || text.hasPrefix("~")
            || (text.count > 1 && text.dropFirst().first == ":")
        guard !absolute else { throw .outsideFolder(text) }
        var components: [Substring] = []
        for component in text.split(whereSeparator: { $0 == "/" || $0 == "\\" }) {
            switch component {
            case ".": continue
            case "..":
                guard components.popLast() != nil else { throw .outsideFolder(text) }
            default: components.append(component)
            }
        }
        guard !components.isEmpty else { throw .outsideFolder(text) }
        return components.joined(separator: "/")
    }
}
