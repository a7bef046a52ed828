import Foundation

/// Gives a PDF its document information (title, subject, author…) by an incremental update:
/// the file stays as it is and a new information dictionary, a cross-reference section for it
/// and a trailer pointing to both are appended (PDF 1.7, 7.5.6). qpdf leaves the information out
/// when it cuts pages from a merged PDF, and the merged one's would name only its first document.
///
/// Only files written by qpdf with a classic cross-reference table (`--object-streams=disable`)
/// are updated; anything else is refused rather than damaged.
enum PDFInformation {
    struct Failure: Error, CustomStringConvertible {
        var file: String
        var description: String {
            "\(file): zakończenie pliku PDF wygląda inaczej, niż zapisuje je qpdf, więc nie udało się ustawić tytułu."
        }
    }

    static func set(_ entries: [(key: String, value: PDFString)], in path: String) throws {
        guard !entries.isEmpty else { return }
        let url = URL(fileURLWithPath: path)
        let bytes = try Data(contentsOf: url)
        let tail = String(decoding: bytes.suffix(1024), as: UTF8.self)
        guard let startxref = tail.range(of: "startxref", options: .backwards),
            let previous = Int(tail[startxref.upperBound...].split(whereSeparator: \.isWhitespace).first ?? ""),
            let trailer = tail.range(of: "trailer", options: .backwards, range: tail.startIndex..<startxref.lowerBound)
        else { throw Failure(file: path) }
        let dictionary = String(tail[trailer.upperBound..<startxref.lowerBound])
        guard let size = firstMatch(#"/Size\s+(\d+)"#, in: dictionary).flatMap({ Int($0) }),
            let root = firstMatch(#"/Root\s+(\d+\s+\d+\s+R)"#, in: dictionary)
        else { throw Failure(file: path) }
        let id = firstMatch(#"(/ID\s*\[[^\]]*\])"#, in: dictionary)

        var update = "\n"
        let objectOffset = bytes.count + update.utf8.count
        update += "\(size) 0 obj\n<<"
        for (key, value) in entries { update += " /\(key) \(literal(value))" }
        update += " >>\nendobj\n"
        let xrefOffset = bytes.count + update.utf8.count
        // Each entry is exactly 20 bytes: ten digits, space, five digits, space, "n", space, newline.
        update += "xref\n\(size) 1\n\(String(format: "%010d", objectOffset)) 00000 n \n"
        update +=
            "trailer\n<< /Size \(size + 1) /Root \(root) /Info \(size) 0 R /Prev \(previous)\(id.map { " \($0)" } ?? "") >>\n"
        update += "startxref\n\(xrefOffset)\n%%EOF\n"
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(update.utf8))
    }

    /// ASCII text as a literal string (dates must stay readable as such); other text in UTF-16
    /// with a byte order mark, written in hex.
    static func literal(_ value: PDFString) -> String {
        switch value {
        case .bytes(let hex):
            return "<\(hex)>"
        case .text(let text) where text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }):
            var escaped = ""
            for character in text {
                if character == "(" || character == ")" || character == "\\" { escaped.append("\\") }
                escaped.append(character)
            }
            return "(\(escaped))"
        case .text(let text):
            return "<FEFF" + text.utf16.map { String(format: "%04X", $0) }.joined() + ">"
        }
    }

    private static func firstMatch(_ pattern: String, in text: String) -> String? {
        guard let expression = try? NSRegularExpression(pattern: pattern),
            let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range(at: 1), in: text)
        else { return nil }
        return String(text[range])
    }
}
