import Foundation
import Hummingbird
import MultipartKit

/// `multipart/form-data` (RFC 7578), the only way a browser sends a file without a script, read
/// by multipart-kit's parser. Only what a form sends is kept: each part's name, file name and bytes.
struct MultipartForm: Sendable {
    struct Part: Sendable {
        var name: String
        var fileName: String?
        var bytes: [UInt8]
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    let parts: [Part]

    static func boundary(in contentType: String) -> String? {
        guard let type = MediaType(from: contentType), let parameter = type.parameter,
            parameter.name.lowercased() == "boundary", (1...70).contains(parameter.value.count)
        else { return nil }
        return parameter.value
    }

    init(bytes: [UInt8], boundary: String) throws(FormBody.Failure) {
        let parser = MultipartParser(boundary: boundary)
        var parts: [Part] = []
        var headers: [(String, String)] = []
        var body: [UInt8] = []
        var malformed = false
        parser.onHeader = { headers.append(($0, $1)) }
        parser.onBody = { body += $0.readBytes(length: $0.readableBytes) ?? [] }
        parser.onPartComplete = {
            let disposition = headers.first { $0.0.lowercased() == "content-disposition" }.map {
                Self.parameters(of: $0.1)
            }
            if let name = disposition?["name"] {
                parts.append(Part(name: name, fileName: disposition?["filename"], bytes: body))
            } else {
                malformed = true
            }
            headers = []
            body = []
        }
        do { try parser.execute(bytes) } catch { throw .malformed }
        guard !malformed, !parts.isEmpty else { throw .malformed }
        self.parts = parts
    }

    /// The parameters of a part's Content-Disposition header (`form-data; name="plik";
    /// filename="lista.xlsx"`); a quoted value may hold `;` and `=`, as a file's name can.
    private static func parameters(of header: String) -> [String: String] {
        var values: [String: String] = [:]
        var rest = Substring(header)
        while let semicolon = rest.firstIndex(of: ";") {
            rest = rest[rest.index(after: semicolon)...].drop { $0 == " " }
            guard let equals = rest.firstIndex(of: "=") else { break }
            let key = rest[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            var value = rest[rest.index(after: equals)...]
            if value.first == "\"", let close = value.dropFirst().firstIndex(of: "\"") {
                values[key] = String(value[value.index(after: value.startIndex)..<close])
                value = value[value.index(after: close)...]
            } else {
                let end = value.firstIndex(of: ";") ?? value.endIndex
                values[key] = value[..<end].trimmingCharacters(in: .whitespaces)
                value = value[end...]
            }
            rest = value
        }
        return values
    }
}
