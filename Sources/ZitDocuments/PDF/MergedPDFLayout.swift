import Foundation
import ZitEngine

/// Where each copy of a merged document lies in its PDF, read from qpdf's JSON description of
/// the file: the pages in order, and the named destinations LibreOffice made from the bookmark
/// that opens each copy (`Template.copyBookmark`). Page numbers are never guessed: when the
/// destinations do not name exactly one first page per copy, in order, there is no layout.
struct MergedPDFLayout {
    /// 1-based page ranges, one per copy, in the order of the copies.
    let ranges: [ClosedRange<Int>]
    let pageCount: Int
    /// The document information of the merged PDF (author, producer, dates), as PDF strings.
    let info: [(key: String, value: PDFString)]

    init(qpdfJSON data: Data, copies: Int) throws(MergedPDF.Refusal) {
        guard let top = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let pages = top["pages"] as? [[String: Any]],
            let sections = top["qpdf"] as? [Any], sections.count > 1, let objects = sections[1] as? [String: Any]
        else { throw .copiesNotFound(found: 0, expected: copies) }
        let file = PDFObjects(objects)
        let pageIndex = Dictionary(
            pages.enumerated().compactMap { index, page in
                (page["object"] as? String).map { ($0, index + 1) }
            }, uniquingKeysWith: { first, _ in first })

        var starts: [(order: Int, page: Int)] = []
        for (name, destination) in file.namedDestinations() {
            guard let prefix = Self.copyPrefixes.first(where: name.hasPrefix),
                let order = Int(name.dropFirst(prefix.count))
            else { continue }
            guard let page = file.destinationPage(destination).flatMap({ pageIndex[$0] }) else { continue }
            starts.append((order, page))
        }
        starts.sort { $0.order < $1.order }
        let firstPages = starts.map(\.page)
        guard firstPages.count == copies, firstPages.first == 1,
            zip(firstPages, firstPages.dropFirst()).allSatisfy({ $0 < $1 }),
            let last = firstPages.last, last <= pages.count
        else { throw .copiesNotFound(found: firstPages.count, expected: copies) }
        ranges = zip(firstPages, firstPages.dropFirst().map { $0 - 1 } + [pages.count]).map { $0...$1 }
        pageCount = pages.count
        info = file.information()
    }
}

extension MergedPDFLayout {
    /// The copies' bookmarks are named `zitdocs_copy_N`. LibreOffice writes a destination's name
    /// with every character other than a letter or digit as its two hex digits and no "#"
    /// ("zitdocs5Fcopy5F12"); another program may keep it as it is.
    static let copyPrefixes: [String] = {
        let plain = Template.copyBookmark + "_"
        let escaped = plain.unicodeScalars.map { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar))
                ? String(scalar) : String(format: "%02X", scalar.value)
        }.joined()
        return [plain, escaped]
    }()
}

/// A string of a PDF's document information: text, or bytes qpdf gives as hex.
enum PDFString: Equatable, Sendable {
    case text(String)
    case bytes(hex: String)
}

/// The objects of qpdf's JSON (version 2): `"obj:N G R": {"value": …}` and `"trailer"`.
private struct PDFObjects {
    let objects: [String: Any]

    init(_ objects: [String: Any]) { self.objects = objects }

    /// A reference ("12 0 R") followed to its value; anything else as it is.
    func resolve(_ value: Any?) -> Any? {
        if let reference = value as? String, reference.hasSuffix(" R"),
            let object = objects["obj:\(reference)"] as? [String: Any]
        {
            return object["value"] ?? (object["stream"] as? [String: Any])?["dict"]
        }
        return value
    }

    var catalog: [String: Any]? {
        let trailer = (objects["trailer"] as? [String: Any])?["value"] as? [String: Any]
        return resolve(trailer?["/Root"]) as? [String: Any]
    }

    /// The catalog's destinations (PDF 1.1 `/Dests`) and its name tree (`/Names /Dests`).
    func namedDestinations() -> [(name: String, destination: Any)] {
        guard let catalog else { return [] }
        var found: [(String, Any)] = []
        if let dictionary = resolve(catalog["/Dests"]) as? [String: Any] {
            for (key, value) in dictionary { found.append((String(key.dropFirst()), value)) }
        }
        if let names = resolve(catalog["/Names"]) as? [String: Any] {
            collect(resolve(names["/Dests"]), into: &found, depth: 0)
        }
        return found
    }

    private func collect(_ node: Any?, into found: inout [(String, Any)], depth: Int) {
        guard depth < 32, let node = node as? [String: Any] else { return }
        if let pairs = node["/Names"] as? [Any] {
            for index in stride(from: 0, to: pairs.count - 1, by: 2) {
                if let key = pairs[index] as? String, case .text(let name)? = Self.string(key) {
                    found.append((name, pairs[index + 1]))
                }
            }
        }
        for kid in node["/Kids"] as? [Any] ?? [] { collect(resolve(kid), into: &found, depth: depth + 1) }
    }

    /// The page object a destination points to: `[page /XYZ …]` or `<< /D [page …] >>`.
    func destinationPage(_ destination: Any) -> String? {
        let resolved = resolve(destination)
        if let array = resolved as? [Any] { return array.first as? String }
        if let dictionary = resolved as? [String: Any], let array = resolve(dictionary["/D"]) as? [Any] {
            return array.first as? String
        }
        return nil
    }

    func information() -> [(key: String, value: PDFString)] {
        let trailer = (objects["trailer"] as? [String: Any])?["value"] as? [String: Any]
        guard let info = resolve(trailer?["/Info"]) as? [String: Any] else { return [] }
        return info.keys.sorted().compactMap { key in
            guard let string = info[key] as? String, let value = Self.string(string) else { return nil }
            return (String(key.dropFirst()), value)
        }
    }

    /// qpdf writes a PDF string as "u:text" or "b:hex"; names and references are not strings.
    static func string(_ json: String) -> PDFString? {
        if json.hasPrefix("u:") { return .text(String(json.dropFirst(2))) }
        if json.hasPrefix("b:") { return .bytes(hex: String(json.dropFirst(2))) }
        return nil
    }
}
