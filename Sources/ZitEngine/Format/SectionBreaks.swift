import ZitXML

/// How a format writes a section break inside the body, for repeating one (WordprocessingML's
/// `w:sectPr` in a paragraph's properties; ODF changes pages through styles and needs none).
struct SectionBreaks: Sendable {
    /// The section's properties.
    var properties: QualifiedName
    /// The child saying how the section starts, and its attribute.
    var type: QualifiedName
    var typeValue: QualifiedName
    /// The value of `type` for a section that starts on the same page.
    var continuous: String
    /// Children naming the section's headers and footers.
    var headerFooterReferences: Set<QualifiedName>
    /// Children that come before `type` in the schema's order.
    var beforeType: Set<QualifiedName>
}

extension SectionBreaks {
    static let wordprocessing = SectionBreaks(
        properties: .w("sectPr"), type: .w("type"), typeValue: .w("val"), continuous: "continuous",
        headerFooterReferences: [.w("headerReference"), .w("footerReference")],
        beforeType: [.w("headerReference"), .w("footerReference"), .w("footnotePr"), .w("endnotePr")])
}
