import ZitXML

enum Namespace {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    static let w14 = "http://schemas.microsoft.com/office/word/2010/wordml"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let coreProperties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    static let meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    static let xml = "http://www.w3.org/XML/1998/namespace"
    static let xlink = "http://www.w3.org/1999/xlink"
    static let svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    static let loext = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
    static let drawingML = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
}

extension QualifiedName {
    static func w(_ name: String) -> QualifiedName { QualifiedName(Namespace.w, name) }
    static func text(_ name: String) -> QualifiedName { QualifiedName(Namespace.text, name) }
    static func table(_ name: String) -> QualifiedName { QualifiedName(Namespace.table, name) }
    static func dc(_ name: String) -> QualifiedName { QualifiedName(Namespace.dc, name) }
}
