import CLibXML2
import Foundation

/// An XML name by namespace URI, independent of the prefix a document happens to use.
public struct QualifiedName: Hashable, Sendable, CustomStringConvertible {
    public let namespace: String
    public let localName: String

    public init(_ namespace: String, _ localName: String) {
        self.namespace = namespace
        self.localName = localName
    }

    public var description: String { "{\(namespace)}\(localName)" }

    func matches(localName other: UnsafePointer<xmlChar>, namespace href: UnsafePointer<xmlChar>) -> Bool {
        localName.utf8.elementsEqual(UnsafeBufferPointer(start: other, count: strlen(other)))
            && namespace.utf8.elementsEqual(UnsafeBufferPointer(start: href, count: strlen(href)))
    }
}
