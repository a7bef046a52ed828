/// Where a filler writes the text of one part: the fixed stretches it announced beforehand
/// (see `FixedText`), the values it puts between them, and its own bits of text; and where
/// the text so far may be handed on.
///
/// The filler knows nothing of how the text is kept or compressed: `PlainOutput` keeps it as it
/// is, `CodedOutput` codes a long part while it is filled, and a short one from the parse of its
/// stretches, and `ZlibOutput` leaves all coding to zlib. The filler's loop is generic over this
/// protocol, so each kind of output gets its own copy of that loop, with nothing to decide per
/// call; the implementations' methods are inlinable for the same reason.
public protocol PartOutput {
    /// Fixed stretch number `stretch`, whose bytes are `bytes`.
    mutating func appendStretch(_ stretch: Int, _ bytes: UnsafeBufferPointer<UInt8>)
    /// A value: `write` appends its text. It may be text written before (an event's title in
    /// every copy of a merge).
    mutating func appendValue<Result>(_ write: (inout [UInt8]) -> Result) -> Result
    /// Text that is neither a stretch nor a value (a fresh identifier).
    mutating func appendPlain(_ bytes: UnsafeBufferPointer<UInt8>)
    /// The end of one repetition of a repeated stretch of text (a list's row, a merge's copy):
    /// a place where the text so far may be handed on.
    mutating func endOfRepetition()
}
