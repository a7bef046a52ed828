import CLibXML2

extension XMLNode {
    /// Moves the node (with its subtree) to the end of `parent`'s children.
    public func move(toEndOf parent: XMLNode) {
        xmlUnlinkNode(raw)
        xmlAddChild(parent.raw, raw)
    }

    /// Unlinks and frees the node's children.
    public func removeChildren() {
        for child in children { child.remove() }
    }
}
