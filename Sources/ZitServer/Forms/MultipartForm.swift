import Foundation

/// `multipart/form-data` (RFC 7578), the only way a browser sends a file without a script;
/// Hummingbird has no reader for it and none is among the project's libraries. Only what a form
/// sends is read: each part's name, file name and bytes.
struct MultipartForm: Sendable {
    struct Part: Sendable {
        var name: String
        var fileName: String?
        var bytes: [UInt8]
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    let parts: [Part]

    static func boundary(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return (1...70).contains(value.count) ? value : nil
        }
        return nil
    }

    init(bytes: [UInt8], boundary: String) throws(FormBody.Failure) {
        let delimiter = Array("--\(boundary)".utf8)
        let separator = Array("\r\n\r\n".utf8)
        guard var start = Self.find(delimiter, in: bytes, from: 0) else { throw .malformed }
        var parts: [Part] = []
        while true {
            let afterDelimiter = start + delimiter.count
            // "--" after a delimiter closes the body.
            if bytes.count >= afterDelimiter + 2, bytes[afterDelimiter] == 45, bytes[afterDelimiter + 1] == 45 { break }
            guard let headerEnd = Self.find(separator, in: bytes, from: afterDelimiter),
                let next = Self.find(Array("\r\n".utf8) + delimiter, in: bytes, from: headerEnd)
            else { throw .malformed }
            let head = String(decoding: bytes[afterDelimiter..<headerEnd], as: UTF8.self)
            guard let disposition = Self.disposition(head), let name = disposition["name"] else { throw .malformed }
            parts.append(
                Part(name: name, fileName: disposition["filename"], bytes: Array(bytes[(headerEnd + 4)..<next])))
            start = next + 2
        }
        self.parts = parts
    }

    /// The parameters of the part's Content-Disposition header.
    private static func disposition(_ head: String) -> [String: String]? {
        for line in head.split(separator: "\r\n") {
            let header = line.split(separator: ":", maxSplits: 1)
            guard header.count == 2, header[0].lowercased() == "content-disposition" else { continue }
            var values: [String: String] = [:]
            for parameter in header[1].split(separator: ";").dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                guard pair.count == 2 else { continue }
                values[pair[0].lowercased()] = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
            return values
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
