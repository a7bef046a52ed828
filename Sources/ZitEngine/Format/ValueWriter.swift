/// How a value's text is written at its place in the markup.
struct ValueWriter: Sendable {
    /// Markup for a line break and a tab at this place.
    var lineBreak: [UInt8]
    var tab: [UInt8]
    /// Where the format collapses runs of spaces (ODF), the element that stands for a space
    /// (`text:s`, with `text:c` for a count); nil where spaces are kept as typed.
    var spaceElement: String?
    /// How a picture is put in at this place; nil where none can stand (document properties).
    var inlinePicture: InlinePicture? = nil
}
