import Foundation
import ZitPackage

/// What a document's pictures add to its package: each picture's entry, and the lists that
/// must name it (Word: the using part's relationships and `[Content_Types].xml`; ODF: the
/// manifest). A document without pictures changes nothing.
struct PicturePackaging: Sendable {
    /// Lists of the template rewritten for this document, by entry name.
    var rewritten: [String: PackageEntry] = [:]
    /// Entries the template does not have, in order: the pictures, then new relationship lists.
    var added: [PackageEntry] = []

    static let imageRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"

    init() {}

    init(_ pictures: PictureCollection, template: Template) throws(TemplateError) {
        guard !pictures.isEmpty else { return }
        do {
            switch template.format {
            case .wordprocessing: try addWordLists(pictures, template: template)
            case .openDocumentText: try addManifest(pictures, template: template)
            }
        } catch {
            throw Template.wrap(error)
        }
        for picture in pictures.stored {
            // PNG and JPEG are compressed already; SVG is text.
            added.append(
                picture.file.kind == .svg
                    ? .deflated(picture.entry, picture.file.bytes) : .stored(picture.entry, picture.file.bytes))
        }
    }

    /// The list as the template's documents have it (without the thumbnail), nil when absent.
    private static func list(_ name: String, of template: Template) throws -> [UInt8]? {
        if let rewritten = template.thumbnailRemoval.rewrittenText[name] { return rewritten }
        guard template.package.contains(name) else { return nil }
        return try template.package.read(name)
    }

    private mutating func addWordLists(_ pictures: PictureCollection, template: Template) throws {
        for (part, used) in pictures.uses {
            let folder = (part as NSString).deletingLastPathComponent
            let name = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (part as NSString).lastPathComponent + ".rels"
            let relationships = used.map { index in
                let picture = pictures.stored[index]
                let target =
                    picture.entry.hasPrefix(folder + "/")
                    ? String(picture.entry.dropFirst(folder.count + 1))
                    : "/" + picture.entry
                return
                    "<Relationship Id=\"\(picture.relationship)\" Type=\"\(Self.imageRelationship)\" Target=\"\(target)\"/>"
            }.joined()
            if let existing = try Self.list(name, of: template) {
                rewritten[name] = .filled(name, try Self.inserting(relationships, beforeEndOf: existing, part: name))
            } else {
                let text =
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"\(Namespace.packageRelationships)\">\(relationships)</Relationships>"
                added.append(.filled(name, Array(text.utf8)))
            }
        }
        let types = "[Content_Types].xml"
        guard let existing = try Self.list(types, of: template) else { return }
        let text = String(decoding: existing, as: UTF8.self).lowercased()
        var kinds: [PictureFile.Kind] = []
        for picture in pictures.stored where !kinds.contains(picture.file.kind) { kinds.append(picture.file.kind) }
        let defaults = kinds.filter { !text.contains("extension=\"\($0.fileExtension)\"") }.map {
            "<Default Extension=\"\($0.fileExtension)\" ContentType=\"\($0.mediaType)\"/>"
        }
        guard !defaults.isEmpty else { return }
        rewritten[types] = .filled(types, try Self.inserting(defaults.joined(), beforeEndOf: existing, part: types))
    }

    private mutating func addManifest(_ pictures: PictureCollection, template: Template) throws {
        let name = "META-INF/manifest.xml"
        guard let existing = try Self.list(name, of: template) else { return }
        let prefix = Self.rootPrefix(of: existing)
        let entries = pictures.stored.map {
            "<\(prefix)file-entry \(prefix)full-path=\"\($0.entry)\" \(prefix)media-type=\"\($0.file.kind.mediaType)\"/>"
        }
        rewritten[name] = .filled(name, try Self.inserting(entries.joined(), beforeEndOf: existing, part: name))
    }

    /// The prefix with its colon of the list's root element, from its end tag (`manifest:`).
    private static func rootPrefix(of list: [UInt8]) -> String {
        guard let end = list.lastRange(of: Array("</".utf8)) else { return "" }
        let name = String(decoding: list[end.upperBound...].prefix { $0 != UInt8(ascii: ">") }, as: UTF8.self)
        guard let colon = name.firstIndex(of: ":") else { return "" }
        return String(name[...colon])
    }

    /// The list with `markup` put before its root's end tag.
    private static func inserting(_ markup: String, beforeEndOf list: [UInt8], part: String) throws(TemplateError)
        -> [UInt8]
    {
        guard let end = list.lastRange(of: Array("</".utf8)) else {
            throw .xml(.init(part: part, line: 0, reason: .malformed("brak znacznika zamykającego")))
        }
        var result = Array(list[..<end.lowerBound])
        result += Array(markup.utf8)
        result += list[end.lowerBound...]
        return result
    }
}
