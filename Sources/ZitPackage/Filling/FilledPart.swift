/// A filled part as its output leaves it: its text, or (when long) that text deflated already.
public enum FilledPart: Sendable {
    case text([UInt8])
    /// A short part's text, and the same deflated from the parse of its stretches.
    case textAndDeflated([UInt8], DeflatedPart)
    case deflated(DeflatedPart)
}
