import ZitPackage
import ZitXML

/// The properties a document is filed under (File → Properties), as filled for one item.
public struct DocumentProperties: Sendable, Equatable {
    public var title = ""
    public var subject = ""
    /// Word's keywords as typed; ODF's keywords joined with ", ".
    public var keywords = ""

    public init(title: String = "", subject: String = "", keywords: String = "") {
        self.title = title
        self.subject = subject
        self.keywords = keywords
    }
}

extension Template {
    /// The properties `data`'s own document would have. A merged document has those of the item
    /// its properties were filled from; a program that cuts it into one file per item (a PDF per
    /// person) gives each file its own.
    public func properties(of data: TemplateValue) throws(TemplateError) -> DocumentProperties {
        let targets: [(part: String, markup: Markup)]
        do { targets = try format.partsToFill(in: package) } catch { throw Self.wrap(error) }
        guard let part = targets.first(where: { $0.markup.isProperties })?.part else { return DocumentProperties() }
        let bytes: [UInt8]
        if let compiled = parts.first(where: { $0.name == part }) {
            var renderer = Renderer(data: data, outer: nil, strict: false, identifiers: identifiers)
            bytes = renderer.render(compiled)
        } else {
            // A part without tags is not compiled: the template's own text is every document's.
            do throws(PackageError) { bytes = try package.read(part) } catch { throw .package(error) }
        }
        let document: XMLDocument
        do throws(XMLError) { document = try XMLDocument(parsing: bytes, part: part) } catch { throw .xml(error) }
        var properties = DocumentProperties()
        var keywords: [String] = []
        document.root?.walk { node in
            guard node.isElement else { return }
            if node.isElement(.dc("title")) { properties.title = node.text }
            if node.isElement(.dc("subject")) { properties.subject = node.text }
            if node.isElement(QualifiedName(Namespace.coreProperties, "keywords"))
                || node.isElement(QualifiedName(Namespace.meta, "keyword"))
            {
                keywords.append(node.text)
            }
        }
        properties.keywords = keywords.joined(separator: ", ")
        return properties
    }
}
