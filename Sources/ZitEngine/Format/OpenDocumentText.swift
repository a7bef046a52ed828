import ZitPackage
import ZitXML

/// OpenDocument text (.odt, .ott): everything the engine knows about ODF.
enum OpenDocumentText {
    static let mimeTypes = [
        "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template"
    ]

    static let body = Markup(
        paragraphs: [.text("p"), .text("h")],
        textHolders: [.text("p"), .text("h"), .text("span"), .text("a"), .text("meta")],
        tables: [.table("table")],
        rows: [.table("table-row")],
        cells: [.table("table-cell")],
        runs: [.text("span"), .text("a")],
        invisibleContent: [.text("soft-page-break"), .text("bookmark"), .text("bookmark-start"), .text("bookmark-end")],
        breaksPage: breaksPage,
        valueWriter: { holder in
            let text = holder.prefix.map { "\($0):" } ?? ""
            return ValueWriter(
                lineBreak: Array("<\(text)line-break/>".utf8),
                tab: Array("<\(text)tab/>".utf8),
                spaceElement: "\(text)s",
                inlinePicture: InlinePicture(format: .openDocument, holderPrefix: text))
        },
        uniqueIdentifiers: [
            UniqueIdentifier(
                element: nil, attribute: QualifiedName(Namespace.xml, "id"), style: .name, group: "xml:id"),
            UniqueIdentifier(
                element: QualifiedName(Namespace.draw, "frame"), attribute: QualifiedName(Namespace.draw, "name"),
                style: .name, group: "frame"),
            UniqueIdentifier(element: .text("bookmark"), attribute: .text("name"), style: .name, group: "bookmark"),
            UniqueIdentifier(
                element: .text("bookmark-start"), attribute: .text("name"), style: .name, group: "bookmark"),
            UniqueIdentifier(element: .text("bookmark-end"), attribute: .text("name"), style: .name, group: "bookmark"),
            UniqueIdentifier(element: .table("table"), attribute: .table("name"), style: .name, group: "table"),
            UniqueIdentifier(element: .text("section"), attribute: .text("name"), style: .name, group: "section")
        ],
        merging: Merging(
            body: QualifiedName(Namespace.office, "text"),
            preamble: [
                .text("sequence-decls"), .text("variable-decls"), .text("user-field-decls"),
                .text("dde-connection-decls"), .text("alphabetical-index-auto-mark-file"),
                QualifiedName(Namespace.office, "forms"), QualifiedName(Namespace.table, "calculation-settings"),
                QualifiedName(Namespace.table, "content-validations"), QualifiedName(Namespace.table, "label-ranges")
            ],
            separator: pageBreak, bookmark: bookmark, breakBefore: breakBefore),
        pictures: .openDocument)

    static let pageBreakStyle = "zitdocs_page_break"

    /// A paragraph whose style, in its own part, breaks the page before or after it (the way
    /// LibreOffice writes a manual page break: an automatic style with `fo:break-before`).
    @Sendable static func breaksPage(_ paragraph: XMLNode) -> Bool {
        guard let name = paragraph.attribute(.text("style-name")),
            let root = ([paragraph] + paragraph.ancestors).last
        else { return false }
        return StyleChain(root: root).breaksPage(name)
    }

    /// Merged documents start on a new page. When the first paragraph's style already opens a
    /// page (it names a master page or breaks before, itself or through its parent style, in
    /// this part or in styles.xml) nothing is needed; otherwise a one-point paragraph with a
    /// page break before it separates them.
    @Sendable static func pageBreak(body: XMLNode, document: XMLDocument, package: Package) -> [UInt8] {
        let first = body.children.first { node in
            node.isElement
                && (node.isElement(.text("p")) || node.isElement(.text("h")) || node.isElement(.table("table"))
                    || node.isElement(.text("list")) || node.isElement(.text("section")))
        }
        let firstStyle = first.flatMap { $0.attribute(.text("style-name")) ?? $0.attribute(.table("style-name")) }
        guard let root = document.root,
            let automatic = root.children.first(where: {
                $0.isElement(QualifiedName(Namespace.office, "automatic-styles"))
            })
        else { return [] }
        let shared = (try? package.read("styles.xml")).flatMap { try? XMLDocument(parsing: $0, part: "styles.xml") }
        if let firstStyle, StyleChain(parts: [document] + (shared.map { [$0] } ?? [])).opensPage(firstStyle) {
            return []
        }
        guard let definition = document.makeElement(QualifiedName(Namespace.style, "style")),
            let paragraph = document.makeElement(QualifiedName(Namespace.style, "paragraph-properties")),
            let text = document.makeElement(QualifiedName(Namespace.style, "text-properties"))
        else { return [] }
        definition.append(to: automatic)
        paragraph.append(to: definition)
        text.append(to: definition)
        definition.setAttribute(QualifiedName(Namespace.style, "name"), to: pageBreakStyle)
        definition.setAttribute(QualifiedName(Namespace.style, "family"), to: "paragraph")
        paragraph.setAttribute(QualifiedName(Namespace.fo, "break-before"), to: "page")
        paragraph.setAttribute(QualifiedName(Namespace.fo, "margin-top"), to: "0cm")
        paragraph.setAttribute(QualifiedName(Namespace.fo, "margin-bottom"), to: "0cm")
        text.setAttribute(QualifiedName(Namespace.fo, "font-size"), to: "1pt")
        let prefix = document.prefix(forNamespace: Namespace.text) ?? "text"
        return Array("<\(prefix):p \(prefix):style-name=\"\(pageBreakStyle)\"/>".utf8)
    }

    static let copyStartStyle = "zitdocs_copy_start"

    /// The paragraph gets a style of its own: its style with a page break before it (a copy of
    /// it when it is an automatic style, which cannot be a parent; else a child of it). The
    /// separator paragraph would push each copy down by its height, and a page that its own
    /// document just fills would overflow. LibreOffice ignores a break before a document's
    /// first paragraph, so the first copy does not start with a blank page.
    @Sendable static func breakBefore(_ paragraph: XMLNode, of document: XMLDocument) -> Bool {
        guard let root = document.root,
            let automatic = root.children.first(where: {
                $0.isElement(QualifiedName(Namespace.office, "automatic-styles"))
            })
        else { return false }
        let current = paragraph.attribute(.text("style-name"))
        let style: XMLNode
        if let current,
            let own = automatic.children.first(where: {
                $0.isElement(QualifiedName(Namespace.style, "style"))
                    && $0.attribute(QualifiedName(Namespace.style, "name")) == current
            })
        {
            style = own.deepCopy(under: automatic)
            style.append(to: automatic)
        } else {
            guard let made = document.makeElement(QualifiedName(Namespace.style, "style")) else { return false }
            made.append(to: automatic)
            made.setAttribute(QualifiedName(Namespace.style, "family"), to: "paragraph")
            if let current { made.setAttribute(QualifiedName(Namespace.style, "parent-style-name"), to: current) }
            style = made
        }
        style.setAttribute(QualifiedName(Namespace.style, "name"), to: copyStartStyle)
        let properties: XMLNode
        if let existing = style.children.first(where: {
            $0.isElement(QualifiedName(Namespace.style, "paragraph-properties"))
        }) {
            properties = existing
        } else {
            guard let made = document.makeElement(QualifiedName(Namespace.style, "paragraph-properties")) else {
                return false
            }
            if let first = style.firstChild { made.insert(before: first) } else { made.append(to: style) }
            properties = made
        }
        properties.setAttribute(QualifiedName(Namespace.fo, "break-before"), to: "page")
        paragraph.setAttribute(.text("style-name"), to: copyStartStyle)
        return true
    }

    @Sendable static func bookmark(in paragraph: XMLNode, of document: XMLDocument, named name: String) {
        let mark = document.makeElement("bookmark", likeNamespaceOf: paragraph)
        if let first = paragraph.firstChild { mark.insert(before: first) } else { mark.append(to: paragraph) }
        mark.setAttribute(.text("name"), to: name)
    }

    static let metadata = Markup(
        paragraphs: [.dc("title"), .dc("subject"), .dc("description"), QualifiedName(Namespace.meta, "keyword")],
        textHolders: [.dc("title"), .dc("subject"), .dc("description"), QualifiedName(Namespace.meta, "keyword")],
        valueWriter: { _ in .plain }, isProperties: true)

    /// The thumbnail has the name the ODF package rules give the preview image, and the manifest lists it.
    static let thumbnail = Thumbnail(
        entries: ["Thumbnails/thumbnail.png"],
        listings: [
            PartListing(
                part: "META-INF/manifest.xml", element: QualifiedName(Namespace.manifest, "file-entry"),
                name: QualifiedName(Namespace.manifest, "full-path"), naming: .entryName)
        ])

    /// Headers and footers live in styles.xml (master pages), so it is filled like the body.
    static func partsToFill(in package: Package) -> [(part: String, markup: Markup)] {
        [("content.xml", body), ("styles.xml", body), ("meta.xml", metadata)].filter { package.contains($0.part) }
    }
}

/// ODF paragraph styles by name across parts, followed through their parents.
private struct StyleChain {
    private var styles: [String: XMLNode] = [:]

    init(parts: [XMLDocument]) {
        self.init(roots: parts.compactMap(\.root))
    }

    init(root: XMLNode) {
        self.init(roots: [root])
    }

    private init(roots: [XMLNode]) {
        for root in roots {
            root.walk(
                { node in
                    if node.isElement(QualifiedName(Namespace.style, "style")),
                        let name = node.attribute(QualifiedName(Namespace.style, "name")),
                        styles[name] == nil
                    {
                        styles[name] = node
                    }
                },
                descend: {
                    !$0.isElement(QualifiedName(Namespace.office, "body"))
                        && !$0.isElement(QualifiedName(Namespace.office, "master-styles"))
                })
        }
    }

    func breaksPage(_ name: String, depth: Int = 0) -> Bool {
        guard depth < 16, let style = styles[name] else { return false }
        let breaks = style.children.contains { node in
            node.isElement(QualifiedName(Namespace.style, "paragraph-properties"))
                && (node.attribute(QualifiedName(Namespace.fo, "break-before")) == "page"
                    || node.attribute(QualifiedName(Namespace.fo, "break-after")) == "page")
        }
        if breaks { return true }
        return style.attribute(QualifiedName(Namespace.style, "parent-style-name")).map {
            breaksPage($0, depth: depth + 1)
        } ?? false
    }

    func opensPage(_ name: String, depth: Int = 0) -> Bool {
        guard depth < 16, let style = styles[name] else { return false }
        if !(style.attribute(QualifiedName(Namespace.style, "master-page-name")) ?? "").isEmpty { return true }
        let breaks = style.children.contains { node in
            node.isElement(QualifiedName(Namespace.style, "paragraph-properties"))
                && node.attribute(QualifiedName(Namespace.fo, "break-before")) == "page"
        }
        if breaks { return true }
        return style.attribute(QualifiedName(Namespace.style, "parent-style-name")).map {
            opensPage($0, depth: depth + 1)
        } ?? false
    }
}

extension OpenDocumentText {
    /// The package entry of the picture in the frame named `name` (`draw:frame/@draw:name`).
    static func imageEntry(named name: String, in package: Package) -> String? {
        for part in ["styles.xml", "content.xml"] {
            guard let bytes = try? package.read(part), let document = try? XMLDocument(parsing: bytes, part: part)
            else { continue }
            var entry: String?
            document.root?.walk { node in
                guard entry == nil, node.isElement(QualifiedName(Namespace.draw, "frame")),
                    node.attribute(QualifiedName(Namespace.draw, "name")) == name
                else { return }
                for child in node.children where child.isElement(QualifiedName(Namespace.draw, "image")) {
                    entry = child.attribute(QualifiedName(Namespace.xlink, "href"))
                }
            }
            if let entry { return entry }
        }
        return nil
    }
}
