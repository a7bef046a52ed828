import CLibXML2

/// A handle on a node of an `XMLDocument`; valid while the document lives and the node is in it.
public struct XMLNode: Hashable {
    let raw: xmlNodePtr

    init(_ raw: xmlNodePtr) { self.raw = raw }

    public enum Kind: Equatable {
        case element, text, processingInstruction, other
    }

    public var kind: Kind {
        switch raw.pointee.type {
        case XML_ELEMENT_NODE: .element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: .text
        case XML_PI_NODE: .processingInstruction
        default: .other
        }
    }

    public var isElement: Bool { raw.pointee.type == XML_ELEMENT_NODE }

    /// The local name (without prefix).
    public var localName: String { String(cString: raw.pointee.name) }

    /// The prefix the document uses for this node's namespace ("w", "text"), nil for the default namespace.
    public var prefix: String? {
        raw.pointee.ns.flatMap { $0.pointee.prefix }.map { String(cString: $0) }
    }

    /// The name as written: `w:t`.
    public var qualifiedName: String {
        prefix.map { "\($0):\(localName)" } ?? localName
    }

    public var namespaceURI: String? {
        raw.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
    }

    /// True when this is the element `{namespace}localName`; cheap, no String allocation.
    public func isElement(_ name: QualifiedName) -> Bool {
        guard raw.pointee.type == XML_ELEMENT_NODE, let ns = raw.pointee.ns, let href = ns.pointee.href else {
            return false
        }
        return name.matches(localName: raw.pointee.name, namespace: href)
    }

    public var parent: XMLNode? {
        guard let parent = raw.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return XMLNode(parent)
    }
    public var firstChild: XMLNode? { raw.pointee.children.map(XMLNode.init) }
    public var lastChild: XMLNode? { raw.pointee.last.map(XMLNode.init) }
    public var nextSibling: XMLNode? { raw.pointee.next.map(XMLNode.init) }
    public var previousSibling: XMLNode? { raw.pointee.prev.map(XMLNode.init) }

    public var children: [XMLNode] {
        var result: [XMLNode] = []
        var child = raw.pointee.children
        while let node = child {
            result.append(XMLNode(node))
            child = node.pointee.next
        }
        return result
    }

    /// Ancestors from the parent outwards.
    public var ancestors: [XMLNode] {
        var result: [XMLNode] = []
        var node = parent
        while let current = node {
            result.append(current)
            node = current.parent
        }
        return result
    }

    /// Depth-first, document order; `descend` decides whether to enter an element's children.
    public func walk(_ visit: (XMLNode) -> Void, descend: (XMLNode) -> Bool = { _ in true }) {
        var child = raw.pointee.children
        while let node = child {
            let handle = XMLNode(node)
            visit(handle)
            if node.pointee.type == XML_ELEMENT_NODE, descend(handle) {
                handle.walk(visit, descend: descend)
            }
            child = node.pointee.next
        }
    }

    /// The text of a text node.
    public var text: String {
        get {
            guard let content = xmlNodeGetContent(raw) else { return "" }
            defer { zit_xml_free(content) }
            return String(cString: content)
        }
        nonmutating set { xmlNodeSetContent(raw, newValue) }
    }

    public func attribute(_ name: QualifiedName) -> String? {
        let found =
            name.namespace.isEmpty
            ? xmlGetNoNsProp(raw, name.localName) : xmlGetNsProp(raw, name.localName, name.namespace)
        guard let value = found else { return nil }
        defer { zit_xml_free(value) }
        return String(cString: value)
    }

    /// Sets an attribute in a namespace already declared in scope (Word and ODF parts declare theirs on the root).
    public func setAttribute(_ name: QualifiedName, to value: String) {
        if name.namespace.isEmpty {
            xmlSetProp(raw, name.localName, value)
        } else if let existing = xmlHasNsProp(raw, name.localName, name.namespace) {
            xmlSetNsProp(raw, existing.pointee.ns, name.localName, value)
        } else if let ns = xmlSearchNsByHref(raw.pointee.doc, raw, name.namespace) {
            xmlSetNsProp(raw, ns, name.localName, value)
        }
    }

    /// Every attribute as (name, value), in document order.
    public var attributes: [(name: QualifiedName, value: String)] {
        var result: [(QualifiedName, String)] = []
        var attribute = raw.pointee.properties
        while let current = attribute {
            let namespace = current.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) } ?? ""
            let name = QualifiedName(namespace, String(cString: current.pointee.name))
            if let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
                result.append((name, String(cString: value)))
                zit_xml_free(value)
            }
            attribute = current.pointee.next
        }
        return result
    }

    public func insert(before sibling: XMLNode) { xmlAddPrevSibling(sibling.raw, raw) }
    public func insert(after sibling: XMLNode) { xmlAddNextSibling(sibling.raw, raw) }
    public func append(to parent: XMLNode) { xmlAddChild(parent.raw, raw) }

    /// Unlinks and frees the node with its subtree; the handle must not be used afterwards.
    public func remove() {
        xmlUnlinkNode(raw)
        xmlFreeNode(raw)
    }

    /// A copy of the element with its attributes, without children, to be put beside this node.
    public func shallowCopy() -> XMLNode { copy(deep: false, under: raw.pointee.parent) }
    /// A copy of the node with its whole subtree, to be put under `parent`.
    public func deepCopy(under parent: XMLNode? = nil) -> XMLNode {
        copy(deep: true, under: parent?.raw ?? raw.pointee.parent)
    }

    /// Copies through the DOM wrapper so the copy uses the namespace declarations in scope where
    /// it will stand instead of re-declaring them on itself.
    private func copy(deep: Bool, under parent: xmlNodePtr?) -> XMLNode {
        var result: xmlNodePtr?
        let status = xmlDOMWrapCloneNode(nil, raw.pointee.doc, raw, &result, raw.pointee.doc, parent, deep ? 1 : 0, 0)
        if status == 0, let result { return XMLNode(result) }
        return XMLNode(xmlDocCopyNode(raw, raw.pointee.doc, deep ? 1 : 2))
    }

    /// The concatenated text of all descendant text nodes (for messages and tests).
    public var textContent: String { text }
}
