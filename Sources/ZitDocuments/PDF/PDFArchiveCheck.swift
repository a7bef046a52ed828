import Foundation

/// What makes a PDF fit for an archive (PDF/A) and for a screen reader (tagged), read from qpdf's
/// JSON description of the file (qpdf 10 or later), so the file is never parsed here.
public struct PDFArchiveCheck: Sendable {
    /// One property, in words for an office worker.
    public struct Property: Sendable {
        public var name: String
        public var isPresent: Bool
        /// What was found (or what is missing).
        public var detail: String
    }

    public let file: String
    /// A structure tree (`StructTreeRoot`) with at least one element on a page.
    public let hasStructureTree: Bool
    /// Structure elements whose content is on no page of this file: they name a page the file
    /// does not have, or name none while holding marked content (what is left of a tree whose
    /// pages were cut away; qpdf sets such references to null).
    public let elementsOffPages: Int
    public let pagesWithStructure: Int
    public let pageCount: Int
    public let isMarked: Bool
    public let language: String?
    public let pdfaPart: String?
    public let pdfaConformance: String?
    public let hasOutputIntent: Bool
    /// Base font names of the fonts whose program is not in the file.
    public let fontsNotEmbedded: [String]
    public let fontCount: Int
    /// The document information's title, the XMP's dc:title, and whether a viewer shows it.
    public let title: String?
    public let xmpTitle: String?
    public let displaysTitle: Bool
    /// The structure types of the structure elements (H1, P, Table, TH, TD, Figure…).
    public let structureTypes: Set<String>

    /// Reads `file` with qpdf; a file qpdf cannot read is an error naming it.
    public init(file: String) throws {
        guard let qpdf = PDFTools.find("qpdf") else {
            throw Generator.Failure(
                description:
                    "Do sprawdzenia pliku PDF potrzebny jest program qpdf (w systemie Debian: apt-get install qpdf).")
        }
        let description = try Self.json(
            try PDFTools.run(qpdf, ["--json", "--json-key=pages", "--json-key=qpdf", file]), file)
        let objects = ((description["qpdf"] as? [Any])?.last as? [String: Any]) ?? [:]
        let pages = Set(((description["pages"] as? [[String: Any]]) ?? []).compactMap { $0["object"] as? String })
        func value(_ reference: Any?) -> Any? {
            guard let reference = reference as? String, reference.hasSuffix(" R") else { return reference }
            return (objects["obj:\(reference)"] as? [String: Any])?["value"]
        }
        let trailer = (objects["trailer"] as? [String: Any])?["value"] as? [String: Any]
        let catalog = value(trailer?["/Root"]) as? [String: Any] ?? [:]
        let info = value(trailer?["/Info"]) as? [String: Any] ?? [:]

        var referenced: [String] = []
        var fonts: [(name: String, embedded: Bool)] = []
        var types: Set<String> = []
        var orphans = 0
        for (key, entry) in objects where key.hasPrefix("obj:") {
            let object = entry as? [String: Any]
            Self.collectPageReferences(object?["value"], into: &referenced)
            if let element = object?["value"] as? [String: Any], element["/P"] != nil,
                let type = element["/S"] as? String, type.hasPrefix("/")
            {
                types.insert(String(type.dropFirst()))
                if !(element["/Pg"] is String), Self.holdsMarkedContent(element["/K"]) { orphans += 1 }
            }
            guard
                let dictionary = object?["value"] as? [String: Any] ?? (object?["stream"] as? [String: Any])?["dict"]
                    as? [String: Any],
                dictionary["/Type"] as? String == "/Font"
            else { continue }
            let subtype = dictionary["/Subtype"] as? String
            // A composite font's program is its descendant's (listed as a font of its own); a
            // Type 3 font's glyphs are drawn by the file itself.
            guard subtype != "/Type0", subtype != "/Type3" else { continue }
            let descriptor = value(dictionary["/FontDescriptor"]) as? [String: Any] ?? [:]
            let embedded = ["/FontFile", "/FontFile2", "/FontFile3"].contains { descriptor[$0] != nil }
            fonts.append((Self.string(dictionary["/BaseFont"]) ?? key, embedded))
        }
        let structureRoot = value(catalog["/StructTreeRoot"]) as? [String: Any]
        hasStructureTree = structureRoot != nil && !referenced.isEmpty
        elementsOffPages = referenced.filter { !pages.contains($0) }.count + orphans
        pagesWithStructure = Set(referenced).intersection(pages).count
        pageCount = pages.count
        isMarked =
            ((catalog["/MarkInfo"] as? [String: Any]) ?? (value(catalog["/MarkInfo"]) as? [String: Any]))?[
                "/Marked"] as? Bool == true
        language = Self.string(catalog["/Lang"])
        hasOutputIntent = ((value(catalog["/OutputIntents"]) as? [Any]) ?? []).contains { intent in
            (value(intent) as? [String: Any]).map {
                $0["/S"] as? String == "/GTS_PDFA1" && $0["/DestOutputProfile"] != nil
            }
                ?? false
        }
        fontsNotEmbedded = fonts.filter { !$0.embedded }.map(\.name).sorted()
        fontCount = fonts.count
        structureTypes = types
        title = Self.string(value(info["/Title"]))
        displaysTitle =
            ((value(catalog["/ViewerPreferences"]) as? [String: Any])?["/DisplayDocTitle"] as? Bool) == true

        let xmp: String? = try (catalog["/Metadata"] as? String).flatMap { reference in
            try Self.metadata(reference, of: file, qpdf: qpdf)
        }
        pdfaPart = xmp.flatMap { Self.xmpValue("pdfaid:part", in: $0) }
        pdfaConformance = xmp.flatMap { Self.xmpValue("pdfaid:conformance", in: $0) }
        xmpTitle = xmp.flatMap { Self.xmpTitle(in: $0) }
        self.file = file
    }

    /// Every property, in the order they are reported.
    public var properties: [Property] {
        let structure =
            !hasStructureTree
            ? "brak (plik nie jest oznakowany, czytnik ekranu nie pozna nagłówków ani tabel)"
            : elementsOffPages > 0
                ? "\(elementsOffPages) jej elementów wskazuje strony, których w pliku nie ma (pozostałość po innym pliku)"
                : "jest, jego elementy wskazują strony tego pliku (\(pagesWithStructure) z \(pageCount))"
        return [
            Property(
                name: "struktura dokumentu (StructTreeRoot)", isPresent: hasStructureTree && elementsOffPages == 0,
                detail: structure),
            Property(
                name: "oznakowanie (MarkInfo/Marked)", isPresent: isMarked, detail: isMarked ? "tak" : "brak"),
            Property(
                name: "język dokumentu (/Lang)", isPresent: !(language ?? "").isEmpty, detail: language ?? "brak"),
            Property(
                name: "zgodność z PDF/A (XMP pdfaid)", isPresent: pdfaPart != nil && pdfaConformance != nil,
                detail: pdfaPart.map { "PDF/A-\($0)\((pdfaConformance ?? "?").lowercased())" } ?? "brak"),
            Property(
                name: "profil barw (OutputIntents)", isPresent: hasOutputIntent,
                detail: hasOutputIntent ? "jest" : "brak"
            ),
            Property(
                name: "osadzone czcionki", isPresent: fontsNotEmbedded.isEmpty,
                detail: fontsNotEmbedded.isEmpty
                    ? "wszystkie (\(fontCount))" : "nieosadzone: " + fontsNotEmbedded.joined(separator: ", ")),
            Property(
                name: "tytuł", isPresent: !(title ?? "").isEmpty && displaysTitle,
                detail: (title ?? "").isEmpty
                    ? "brak"
                    : "„\(title!)”" + (displaysTitle ? "" : " (przeglądarka pokaże nazwę pliku zamiast tytułu)"))
        ]
    }

    /// Every property is present.
    public var passes: Bool { properties.allSatisfy(\.isPresent) }

    static func json(_ data: Data, _ file: String) throws -> [String: Any] {
        guard let top = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Generator.Failure(description: "\(file): qpdf nie opisał tego pliku PDF.")
        }
        return top
    }

    /// Every `/Pg` (the page a structure element's content is on) under a value.
    private static func collectPageReferences(_ value: Any?, into found: inout [String], depth: Int = 0) {
        guard depth < 64 else { return }
        if let dictionary = value as? [String: Any] {
            if let page = dictionary["/Pg"] as? String { found.append(page) }
            for (key, inner) in dictionary where key != "/Pg" {
                collectPageReferences(inner, into: &found, depth: depth + 1)
            }
        } else if let array = value as? [Any] {
            for inner in array { collectPageReferences(inner, into: &found, depth: depth + 1) }
        }
    }

    /// Marked content in an element's /K: an MCID, alone, in an array or in a marked-content reference.
    private static func holdsMarkedContent(_ kids: Any?) -> Bool {
        if kids is Int { return true }
        if let dictionary = kids as? [String: Any] { return dictionary["/MCID"] != nil }
        if let array = kids as? [Any] { return array.contains { $0 is Int || ($0 as? [String: Any])?["/MCID"] != nil } }
        return false
    }

    /// The XMP packet of the metadata stream `reference`, decoded by qpdf.
    private static func metadata(_ reference: String, of file: String, qpdf: String) throws -> String? {
        guard let number = reference.split(separator: " ").first else { return nil }
        let description = try json(
            try PDFTools.run(
                qpdf,
                [
                    "--json", "--json-key=qpdf", "--json-object=\(number)", "--json-stream-data=inline",
                    "--decode-level=generalized", file
                ]), file)
        let objects = (description["qpdf"] as? [Any])?.last as? [String: Any]
        let stream = (objects?["obj:\(reference)"] as? [String: Any])?["stream"] as? [String: Any]
        return (stream?["data"] as? String).flatMap { Data(base64Encoded: $0) }.map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    /// A PDF string as qpdf writes it ("u:text"); names and references are not strings.
    private static func string(_ json: Any?) -> String? {
        guard let json = json as? String, json.hasPrefix("u:") else { return nil }
        return String(json.dropFirst(2))
    }

    /// An XMP property written as an element or as an attribute.
    static func xmpValue(_ name: String, in xmp: String) -> String? {
        firstMatch(#"<\#(name)>\s*([^<]*?)\s*</\#(name)>"#, in: xmp)
            ?? firstMatch(#"\#(name)\s*=\s*["']([^"']*)["']"#, in: xmp)
    }

    static func xmpTitle(in xmp: String) -> String? {
        firstMatch(#"<dc:title>.*?<rdf:li[^>]*>(.*?)</rdf:li>"#, in: xmp).map { text in
            [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")].reduce(text) {
                $0.replacingOccurrences(of: $1.0, with: $1.1)
            }
        }
    }

    private static func firstMatch(_ pattern: String, in text: String) -> String? {
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]),
            let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range(at: 1), in: text)
        else { return nil }
        return String(text[range])
    }
}
