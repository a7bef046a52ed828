import ZitXML

/// The markup around a tag that usually makes its result wrong, for both formats at once (the
/// names are namespaced, so one description serves WordprocessingML and ODF).
enum Pitfalls {
    /// Text boxes: their size is fixed when the template is drawn.
    static let textBoxes: Set<QualifiedName> = [.w("txbxContent"), QualifiedName(Namespace.draw, "text-box")]
    /// Word's simple field, whose content is its last result.
    static let simpleField = QualifiedName.w("fldSimple")
    /// Word's complex field: `begin`, the code in `instrText`, `separate`, the result, `end`.
    static let fieldCharacter = QualifiedName.w("fldChar")
    static let fieldCharacterType = QualifiedName.w("fldCharType")
    static let fieldCode = QualifiedName.w("instrText")
    /// Word's spelling and grammar marks, which split typed text into runs.
    static let proofingMark = QualifiedName.w("proofErr")
    /// A run's formatting.
    static let runFormatting = QualifiedName.w("rPr")
}
