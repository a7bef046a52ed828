import Foundation
import Testing
import ZitPackage
import ZitXML

@testable import ZitEngine

/// Builds templates for the tests: the skeleton packages with one case's body put in.
enum TestPackages {
    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    static let wordNamespaces =
        #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14""#

    static let odfNamespaces =
        #"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xml="http://www.w3.org/XML/1998/namespace" office:version="1.3""#

    /// A Word template whose body is `body` (WordprocessingML inside `w:body`, before `w:sectPr`).
    static func docx(
        _ body: String, header: String = "{{project.title}}", title: String = "Zaświadczenie — {{participant.lastName}}"
    ) throws -> [UInt8] {
        let core =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>"#
            + title + "</dc:title></cp:coreProperties>"
        let headerPart =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + "<w:hdr \(wordNamespaces)><w:p><w:r><w:t>\(header)</w:t></w:r></w:p></w:hdr>"
        let document =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + "<w:document \(wordNamespaces)><w:body>\(body)<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId1\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>"
        return try replacing(
            ["word/document.xml": document, "word/header1.xml": headerPart, "docProps/core.xml": core],
            in: fixture("skeleton/skeleton.docx"))
    }

    /// An OpenDocument template whose `office:text` holds `text`.
    static func odt(_ text: String, automaticStyles: String = "") throws -> [UInt8] {
        let content =
            #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
            + "<office:document-content \(odfNamespaces)><office:automatic-styles>\(automaticStyles)</office:automatic-styles><office:body><office:text><text:sequence-decls/>\(text)</office:text></office:body></office:document-content>"
        return try replacing(["content.xml": content], in: fixture("skeleton/skeleton.odt"))
    }

    static func replacing(_ parts: [String: String], in path: String) throws -> [UInt8] {
        try replacing(parts, in: try Package(contentsOf: path))
    }

    /// `package` with some parts replaced and `added` entries (stored, as pictures are) put at the end.
    static func replacing(
        _ parts: [String: String], adding added: [(name: String, bytes: [UInt8])] = [], in package: Package
    ) throws -> [UInt8] {
        let entries = package.entryNames.map { name in
            parts[name].map { PackageEntry.deflated(name, Array($0.utf8)) } ?? .copied(name)
        }
        return try PackageWriter(source: package).bytes(of: entries + added.map { .stored($0.name, $0.bytes) })
    }

    static func template(_ bytes: [UInt8], name: String = "test.docx", options: TemplateOptions = TemplateOptions())
        throws -> Template
    {
        try Template(bytes: bytes, name: name, options: options)
    }
}

/// The text a person sees in a filled part: one string per paragraph, table cells joined by " | "
/// within their row, line breaks as "\n", tabs as "\t".
enum VisibleText {
    static func paragraphs(_ bytes: [UInt8], part: String = "part") throws -> [String] {
        let document = try XMLDocument(parsing: bytes, part: part)
        guard let root = document.root else { return [] }
        var lines: [String] = []
        collect(root, into: &lines)
        return lines
    }

    private static func isParagraph(_ node: XMLNode) -> Bool {
        node.isElement && ["p", "h"].contains(node.localName)
            && node.namespaceURI.map { $0.hasSuffix("wordprocessingml/2006/main") || $0.hasSuffix("text:1.0") } == true
    }
    private static func isRow(_ node: XMLNode) -> Bool {
        node.isElement && (node.localName == "tr" || node.localName == "table-row")
    }

    private static func collect(_ node: XMLNode, into lines: inout [String]) {
        for child in node.children where child.isElement {
            if isRow(child) {
                var cells: [String] = []
                for cell in child.children
                where cell.isElement && (cell.localName == "tc" || cell.localName == "table-cell") {
                    var inner: [String] = []
                    collect(cell, into: &inner)
                    cells.append(inner.joined(separator: "/"))
                }
                lines.append(cells.joined(separator: " | "))
            } else if isParagraph(child) {
                lines.append(text(of: child))
                collect(child, into: &lines)  // text boxes inside the paragraph
            } else {
                collect(child, into: &lines)
            }
        }
    }

    static func text(of paragraph: XMLNode) -> String {
        var result = ""
        paragraph.walk(
            { node in
                if node.kind == .text, let parent = node.parent,
                    ["t", "p", "h", "span", "a", "page-number", "page-count", "date", "time"].contains(parent.localName)
                {
                    result += node.text
                }
                if node.isElement {
                    switch node.localName {
                    case "br", "line-break": result += "\n"
                    case "tab": result += "\t"
                    case "s":
                        result += String(
                            repeating: " ",
                            count: Int(
                                node.attribute(QualifiedName("urn:oasis:names:tc:opendocument:xmlns:text:1.0", "c"))
                                    ?? "1") ?? 1)
                    default: break
                    }
                }
            }, descend: { !isParagraph($0) && $0.localName != "instrText" && $0.localName != "delText" })
        return result
    }
}
