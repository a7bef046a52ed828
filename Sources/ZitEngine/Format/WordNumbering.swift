import ZitXML

/// List numbering in Word lives in numbering.xml: a paragraph names a `w:num`, which points at
/// an abstract definition. For merged documents every copy gets its own `w:num` that restarts at
/// the first level's start, so the lists of certificate 2 do not continue those of certificate 1.
enum WordNumbering {
    static let part = "word/numbering.xml"

    static func addingInstances(_ issued: [(fresh: String, original: String)], to bytes: [UInt8]) throws(XMLError)
        -> [UInt8]
    {
        let document = try XMLDocument(parsing: bytes, part: part)
        guard let root = document.root else { return bytes }
        var abstractByNum: [String: String] = [:]
        for node in root.children where node.isElement(.w("num")) {
            guard let id = node.attribute(.w("numId")),
                let abstract = node.children.first(where: { $0.isElement(.w("abstractNumId")) })?.attribute(.w("val"))
            else { continue }
            abstractByNum[id] = abstract
        }
        let w = document.prefix(forNamespace: Namespace.w).map { "\($0):" } ?? ""
        // Built from byte pieces made once: a merge adds a numbering instance per list per copy.
        var overrides = ""
        for level in 0..<9 {
            overrides += "<\(w)lvlOverride \(w)ilvl=\"\(level)\"><\(w)startOverride \(w)val=\"1\"/></\(w)lvlOverride>"
        }
        let opening = Array("<\(w)num \(w)numId=\"".utf8), middle = Array("\"><\(w)abstractNumId \(w)val=\"".utf8)
        let closing = Array("\"/>\(overrides)</\(w)num>".utf8)
        var added: [UInt8] = []
        var seen = Set<String>()
        for (fresh, original) in issued where seen.insert(fresh).inserted {
            guard let abstract = abstractByNum[original] else { continue }
            added += opening
            added += fresh.utf8
            added += middle
            added += abstract.utf8
            added += closing
        }
        // w:num elements go after the existing ones, before w:numIdMacAtCleanup if there is one.
        let text = document.serialized()
        let anchors = ["<\(w)numIdMacAtCleanup", "</\(w)numbering>"].map { Array($0.utf8) }
        for anchor in anchors {
            if let range = text.lastRange(of: anchor) {
                return Array(text[..<range.lowerBound]) + added + Array(text[range.lowerBound...])
            }
        }
        return text
    }
}

extension Array where Element == UInt8 {
    func lastRange(of pattern: [UInt8]) -> Range<Int>? {
        guard pattern.count <= count else { return nil }
        var start = count - pattern.count
        while start >= 0 {
            if self[start..<(start + pattern.count)].elementsEqual(pattern) { return start..<(start + pattern.count) }
            start -= 1
        }
        return nil
    }
}
