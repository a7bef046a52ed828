import Foundation
import Hummingbird

/// A browser form's body, read once by `RouteTable` (which checks its `csrf` field) and handed
/// to the handler: URL-encoded fields, or the parts of a multipart upload.
public struct FormBody: Sendable {
    public enum Failure: Error, Sendable, Equatable {
        case malformed
    }

    private let encoded: String?
    private let multipart: MultipartForm?

    /// Reads `bytes` as the media type says; anything else is not a form.
    init(bytes: [UInt8], contentType: String?) throws(Failure) {
        let type = contentType?.lowercased() ?? ""
        if type.hasPrefix("multipart/form-data") {
            guard let boundary = MultipartForm.boundary(in: contentType ?? "") else { throw .malformed }
            multipart = try MultipartForm(bytes: bytes, boundary: boundary)
            encoded = nil
        } else if type.hasPrefix("application/x-www-form-urlencoded") || type.isEmpty {
            encoded = String(decoding: bytes, as: UTF8.self)
            multipart = nil
        } else {
            throw .malformed
        }
    }

    /// A text field; the first of its name.
    public func field(_ name: String) -> String? {
        if let multipart { return multipart.parts.first { $0.name == name && $0.fileName == nil }.map(\.text) }
        struct Fields: Decodable {
            let values: [String: String]
            init(from decoder: any Decoder) throws {
                values = (try? [String: String](from: decoder)) ?? [:]
            }
        }
        return (try? URLEncodedFormDecoder().decode(Fields.self, from: encoded ?? ""))?.values[name]
    }

    /// An uploaded file's bytes and the name the browser gave it.
    public func file(_ name: String) -> (fileName: String, bytes: [UInt8])? {
        guard let part = multipart?.parts.first(where: { $0.name == name && $0.fileName != nil }) else { return nil }
        return (part.fileName ?? "", part.bytes)
    }
}
