import CLibXML2
import Foundation

/// A parsed XML part, owned by this object. Node handles (`XMLNode`) stay valid while it lives.
///
/// Parsing is deliberately strict about what it lets in: no network, no DTD loading, no entity
/// substitution, libxml2's default depth and text-size limits (no `XML_PARSE_HUGE`).
public final class XMLDocument {
    let raw: xmlDocPtr
    public let part: String

    /// The largest part accepted; the biggest real document.xml files are a few tens of MB.
    public static let defaultMaximumSize = 256 << 20

    public init(parsing bytes: [UInt8], part: String, maximumSize: Int = XMLDocument.defaultMaximumSize)
        throws(XMLError)
    {
        self.part = part
        guard bytes.count <= maximumSize else {
            throw XMLError(part: part, line: 0, reason: .tooLarge(limit: maximumSize))
        }
        if let line = Self.lineOfDocumentTypeDeclaration(in: bytes) {
            throw XMLError(part: part, line: line, reason: .documentTypeDeclaration)
        }
        guard let context = xmlNewParserCtxt() else {
            throw XMLError(part: part, line: 0, reason: .malformed("zabrakło pamięci"))
        }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCtxtReadMemory(context, $0, Int32(buffer.count), part, "UTF-8", options)
            }
        }
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            let error = context.pointee.lastError
            let message = error.message.map { String(cString: $0) } ?? "nieprawidłowa składnia"
            throw XMLError(
                part: part, line: Int(error.line),
                reason: .malformed(message.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        if document.pointee.intSubset != nil {
            xmlFreeDoc(document)
            throw XMLError(part: part, line: 0, reason: .documentTypeDeclaration)
        }
        raw = document
    }

    deinit { xmlFreeDoc(raw) }

    public var root: XMLNode? {
        xmlDocGetRootElement(raw).map(XMLNode.init)
    }

    /// The document as UTF-8 bytes with its XML declaration, namespaces exactly as declared.
    public func serialized() -> [UInt8] {
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpMemoryEnc(raw, &memory, &size, "UTF-8")
        guard let memory else { return [] }
        defer { zit_xml_free(memory) }
        return Array(UnsafeBufferPointer(start: memory, count: Int(size)))
    }

    /// A new element in the namespace of `sibling`'s prefix, not yet linked into the tree.
    public func makeElement(_ localName: String, likeNamespaceOf sibling: XMLNode) -> XMLNode {
        XMLNode(xmlNewDocNode(raw, sibling.raw.pointee.ns, localName, nil))
    }

    /// The prefix the root declares for a namespace.
    public func prefix(forNamespace namespace: String) -> String? {
        guard let root = xmlDocGetRootElement(raw), let ns = xmlSearchNsByHref(raw, root, namespace) else { return nil }
        return ns.pointee.prefix.map { String(cString: $0) }
    }

    /// A new element in a namespace declared on the root, not yet linked into the tree.
    public func makeElement(_ name: QualifiedName) -> XMLNode? {
        guard let root = xmlDocGetRootElement(raw), let ns = xmlSearchNsByHref(raw, root, name.namespace) else {
            return nil
        }
        return XMLNode(xmlNewDocNode(raw, ns, name.localName, nil))
    }

    /// The markup of one node and its subtree, using the prefixes in scope where it stands.
    public func serialized(_ node: XMLNode) -> [UInt8] {
        guard let buffer = xmlBufferCreate() else { return [] }
        defer { xmlBufferFree(buffer) }
        xmlNodeDump(buffer, raw, node.raw, 0, 0)
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }

    public func makeText(_ text: String) -> XMLNode {
        XMLNode(xmlNewDocText(raw, text))
    }

    public func makeProcessingInstruction(target: String, content: String) -> XMLNode {
        XMLNode(xmlNewDocPI(raw, target, content))
    }

    /// Finds `<!DOCTYPE` in the prolog without parsing: a DTD can only stand before the root.
    static func lineOfDocumentTypeDeclaration(in bytes: [UInt8]) -> Int? {
        let marker = Array("<!DOCTYPE".utf8)
        var line = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { line += 1 }
            if byte == UInt8(ascii: "<"), index + 1 < bytes.count {
                let next = bytes[index + 1]
                if next == UInt8(ascii: "!") {
                    if bytes[index...].starts(with: marker) { return line }
                } else if next != UInt8(ascii: "?") {
                    return nil  // the root element: no DTD can follow
                }
            }
            index += 1
        }
        return nil
    }
}
