import Foundation
import ZitPackage
import ZitXML

/// Word documents (.docx, .dotx): everything the engine knows about WordprocessingML.
enum WordprocessingML {
    static let body = Markup(
        paragraphs: [.w("p")],
        textHolders: [.w("t")],
        formattingChildren: [.w("rPr")],
        tables: [.w("tbl")],
        rows: [.w("tr")],
        cells: [.w("tc")],
        keepParagraphsHolding: [.w("sectPr")],
        runs: [.w("r"), .w("hyperlink"), .w("smartTag"), .w("ins")],
        invisibleContent: [
            .w("pPr"), .w("rPr"), .w("proofErr"), .w("bookmarkStart"), .w("bookmarkEnd"),
            .w("lastRenderedPageBreak"), .w("permStart"), .w("permEnd")
        ],
        breaksPage: holdsPageBreak,
        valueWriter: { holder in
            // A break or tab cannot stand inside w:t: close it, add the element, reopen it.
            let run = holder.prefix.map { "\($0):" } ?? ""
            let reopen = "<\(run)t xml:space=\"preserve\">"
            return ValueWriter(
                lineBreak: Array("</\(run)t><\(run)br/>\(reopen)".utf8),
                tab: Array("</\(run)t><\(run)tab/>\(reopen)".utf8),
                spaceElement: nil,
                inlinePicture: InlinePicture(format: .wordprocessing, holderPrefix: run))
        },
        sectionBreaks: .wordprocessing,
        uniqueIdentifiers: [
            UniqueIdentifier(
                element: QualifiedName(Namespace.wp, "docPr"), attribute: QualifiedName("", "id"),
                style: .decimal, group: "drawing"),
            UniqueIdentifier(element: .w("bookmarkStart"), attribute: .w("id"), style: .decimal, group: "bookmark"),
            UniqueIdentifier(element: .w("bookmarkEnd"), attribute: .w("id"), style: .decimal, group: "bookmark"),
            UniqueIdentifier(element: .w("bookmarkStart"), attribute: .w("name"), style: .name, group: "bookmarkName"),
            UniqueIdentifier(
                element: .w("p"), attribute: QualifiedName(Namespace.w14, "paraId"),
                style: .hexadecimal, group: "paraId"),
            UniqueIdentifier(
                element: .w("p"), attribute: QualifiedName(Namespace.w14, "textId"),
                style: .hexadecimal, group: "textId"),
            UniqueIdentifier(
                element: .w("numId"), attribute: .w("val"), style: .decimal, group: numberingGroup,
                betweenDocumentsOnly: true),
            UniqueIdentifier(
                element: .w("footnoteReference"), attribute: .w("id"), style: .decimal,
                group: WordNotes.footnotes.group, betweenDocumentsOnly: true),
            UniqueIdentifier(
                element: .w("footnote"), attribute: .w("id"), style: .decimal,
                group: WordNotes.footnotes.group, betweenDocumentsOnly: true),
            UniqueIdentifier(
                element: .w("endnoteReference"), attribute: .w("id"), style: .decimal,
                group: WordNotes.endnotes.group, betweenDocumentsOnly: true),
            UniqueIdentifier(
                element: .w("endnote"), attribute: .w("id"), style: .decimal,
                group: WordNotes.endnotes.group, betweenDocumentsOnly: true)
        ],
        preservesSpaceWithAttribute: true,
        merging: Merging(body: .w("body"), trailer: [.w("sectPr")], separator: sectionBreak, bookmark: bookmark),
        pictures: .wordprocessing)

    /// A `w:br w:type="page"` in the paragraph's own runs (not in a text box inside it).
    @Sendable static func holdsPageBreak(_ paragraph: XMLNode) -> Bool {
        var found = false
        paragraph.walk(
            { node in
                if node.isElement(.w("br")), node.attribute(.w("type")) == "page" { found = true }
            }, descend: { !found && ($0 == paragraph || !$0.isElement(.w("p"))) })
        return found
    }

    /// Merged documents are separated by a section break carrying the template's page setup, so
    /// each keeps its headers, footers and margins and starts on a new page.
    @Sendable static func sectionBreak(body: XMLNode, document: XMLDocument, package: Package) -> [UInt8] {
        let w = body.prefix.map { "\($0):" } ?? ""
        guard let last = body.lastChild, last.isElement(.w("sectPr")) else {
            return Array("<\(w)p><\(w)r><\(w)br \(w)type=\"page\"/></\(w)r></\(w)p>".utf8)
        }
        return Array("<\(w)p><\(w)pPr>".utf8) + document.serialized(last) + Array("</\(w)pPr></\(w)p>".utf8)
    }

    /// After the paragraph's properties, which must come first. Its id is one the template does
    /// not use, so that it is not taken for one of the template's bookmarks when ids are renewed.
    @Sendable static func bookmark(in paragraph: XMLNode, of document: XMLDocument, named name: String) {
        var largest = -1
        document.root?.walk { node in
            if node.isElement(.w("bookmarkStart")), let id = node.attribute(.w("id")).flatMap({ Int($0) }) {
                largest = max(largest, id)
            }
        }
        let start = document.makeElement("bookmarkStart", likeNamespaceOf: paragraph)
        let end = document.makeElement("bookmarkEnd", likeNamespaceOf: paragraph)
        if let first = paragraph.firstChild, !first.isElement(.w("pPr")) {
            start.insert(before: first)
        } else if let properties = paragraph.firstChild {
            start.insert(after: properties)
        } else {
            start.append(to: paragraph)
        }
        end.insert(after: start)
        for mark in [start, end] { mark.setAttribute(.w("id"), to: String(largest + 1)) }
        start.setAttribute(.w("name"), to: name)
    }

    static let numberingGroup = "numbering"

    /// Word's thumbnail (`docProps/thumbnail.jpeg`, .wmf or .emf) is the part the package's
    /// relationships name with the thumbnail type; `[Content_Types].xml` may give that part an
    /// Override of its own. A Default for its extension names no part and stays: pictures in the
    /// body may use it, and one that nothing uses is allowed.
    static let thumbnail = Thumbnail(listings: [
        PartListing(
            part: "_rels/.rels", element: QualifiedName(Namespace.packageRelationships, "Relationship"),
            name: QualifiedName("", "Target"), naming: .partName,
            marksThumbnail: .init(attribute: QualifiedName("", "Type"), values: [thumbnailRelationship])),
        PartListing(
            part: "[Content_Types].xml", element: QualifiedName(Namespace.contentTypes, "Override"),
            name: QualifiedName("", "PartName"), naming: .partName)
    ])

    static let thumbnailRelationship = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"

    static let coreProperties = Markup(
        paragraphs: [
            .dc("title"), .dc("subject"), .dc("description"), QualifiedName(Namespace.coreProperties, "keywords")
        ],
        textHolders: [
            .dc("title"), .dc("subject"), .dc("description"), QualifiedName(Namespace.coreProperties, "keywords")
        ],
        valueWriter: { _ in .plain }, isProperties: true)

    /// Content types whose parts hold text a person typed; the rest (styles, settings, fonts) is copied.
    private static let textContentTypeSuffixes = [
        "document.main+xml", "template.main+xml", "document.macroEnabled.main+xml",
        "wordprocessingml.header+xml", "wordprocessingml.footer+xml",
        "wordprocessingml.footnotes+xml", "wordprocessingml.endnotes+xml"
    ]

    /// The parts to fill, found through `[Content_Types].xml` rather than by file name, since
    /// not every program names the main part `word/document.xml`.
    static func partsToFill(in package: Package) throws -> [(part: String, markup: Markup)] {
        let name = "[Content_Types].xml"
        let document = try XMLDocument(parsing: try package.read(name), part: name)
        var parts: [(String, Markup)] = []
        document.root?.walk { node in
            guard node.isElement(QualifiedName(Namespace.contentTypes, "Override")),
                let partName = node.attribute(QualifiedName("", "PartName")),
                let type = node.attribute(QualifiedName("", "ContentType"))
            else { return }
            let entry = String(partName.drop(while: { $0 == "/" }))
            guard package.contains(entry) else { return }
            if textContentTypeSuffixes.contains(where: type.hasSuffix) {
                parts.append((entry, body))
            } else if type.hasSuffix("core-properties+xml") {
                parts.append((entry, coreProperties))
            }
        }
        return parts
    }
}

extension WordprocessingML {
    /// The package entry of the picture whose drawing is named `name` (Word's selection-pane
    /// name, `wp:docPr/@name`), found through the part's relationships.
    static func imageEntry(named name: String, in package: Package) -> String? {
        guard let parts = try? partsToFill(in: package) else { return nil }
        for (part, _) in parts {
            guard let bytes = try? package.read(part), let document = try? XMLDocument(parsing: bytes, part: part),
                let root = document.root
            else { continue }
            var relationship: String?
            root.walk { node in
                guard relationship == nil, node.isElement(QualifiedName(Namespace.wp, "docPr")),
                    node.attribute(QualifiedName("", "name")) == name,
                    let drawing = node.parent
                else { return }
                drawing.walk { inner in
                    if relationship == nil, inner.localName == "blip",
                        let id = inner.attribute(QualifiedName(Namespace.relationships, "embed"))
                    {
                        relationship = id
                    }
                }
            }
            guard let relationship else { continue }
            let folder = (part as NSString).deletingLastPathComponent
            let rels = "\(folder)/_rels/\((part as NSString).lastPathComponent).rels"
            guard let relsBytes = try? package.read(rels),
                let relsDocument = try? XMLDocument(parsing: relsBytes, part: rels)
            else { return nil }
            var target: String?
            relsDocument.root?.walk { node in
                if node.localName == "Relationship", node.attribute(QualifiedName("", "Id")) == relationship {
                    target = node.attribute(QualifiedName("", "Target"))
                }
            }
            guard let target else { return nil }
            let entry =
                target.hasPrefix("/") ? String(target.dropFirst()) : (folder as NSString).appendingPathComponent(target)
            return (entry as NSString).standardizingPath
        }
        return nil
    }
}
