/// A part's text compressed while it is filled. A text that grows past `longPart` is handed to
/// a `DeflateStream` piece by piece, so a list of thousands of rows never sits whole in memory;
/// from then on each stretch's place and each repeated value are marked, so the stream can
/// write references instead of searching for matches.
///
/// A short text (every one-page certificate) never starts any of this: it costs one size check
/// per repetition. When the stretches' parse is at hand (from the second document on, see
/// `FixedText`), the places of the stretches are marked instead, and the text is coded from
/// that parse when it is finished (see `PreparsedDeflate`).
public struct CodedOutput: PartOutput {
    /// Where the text starts being handed over and marked: the rest is then coded from marks.
    public static let longPart = 1 << 16
    /// How much text is handed over at a time once the part is long.
    @usableFromInline static let pieceSize = 1 << 19

    /// The text not yet handed over.
    @usableFromInline var text: [UInt8] = []
    /// Whether the places of stretches are marked: once a stream or a parse is at hand.
    @usableFromInline var marking: Bool
    /// Whether the text goes to `stream` piece by piece.
    @usableFromInline var streaming = false
    /// What is known of the text not yet handed over.
    @usableFromInline var marks: [PieceMark] = []
    @usableFromInline var repeats: RepeatFinder?
    private let boilerplate: Boilerplate
    private let preparsed: PreparsedDeflate?
    private var stream: DeflateStream?

    init(_ fixed: FixedText, firstDocument: Bool?) {
        boilerplate = fixed.boilerplate
        preparsed = fixed.preparsedForNextDocument(first: firstDocument)
        marking = preparsed != nil
        text.reserveCapacity(fixed.expectedSize)
    }

    @inlinable public mutating func appendStretch(_ stretch: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        if marking { marks.append(.boilerplate(offset: text.count, stretch: stretch)) }
        text.append(contentsOf: bytes)
    }

    @inlinable public mutating func appendValue<Result>(_ write: (inout [UInt8]) -> Result) -> Result {
        let start = text.count
        let result = write(&text)
        if repeats != nil { markRepeat(from: start) }
        return result
    }

    @inlinable public mutating func appendPlain(_ bytes: UnsafeBufferPointer<UInt8>) {
        text.append(contentsOf: bytes)
    }

    @inlinable public mutating func endOfRepetition() {
        guard text.count >= (streaming ? Self.pieceSize : Self.longPart) else { return }
        handOver()
    }

    /// `text[start...]` was just written: a value, or a merge's separator.
    @usableFromInline mutating func markRepeat(from start: Int) {
        if let mark = repeats!.mark(text, from: start) { marks.append(mark) }
    }

    /// Hands the text so far to the stream, which is started when the text first grows long.
    @usableFromInline mutating func handOver() {
        if !streaming {
            // The text so far was written before anyone marked its repeats: it goes through zlib.
            stream = DeflateStream(boilerplate: boilerplate, whileFilling: true)
            repeats = RepeatFinder()
            marks.removeAll(keepingCapacity: true)
            streaming = true
            marking = true
        }
        stream?.append(text, marks: marks)
        repeats?.handOver(text)
        text.removeAll(keepingCapacity: true)
        marks.removeAll(keepingCapacity: true)
    }

    public func finish() -> FilledPart {
        guard let stream else {
            guard let deflated = preparsed?.deflate(text, marks: marks) else { return .text(text) }
            return .textAndDeflated(text, deflated)
        }
        stream.append(text, marks: marks)
        return .deflated(stream.finish())
    }
}
