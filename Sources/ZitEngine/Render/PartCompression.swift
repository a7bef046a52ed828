import ZitPackage

/// Compression of a part while it is filled. A part that grows past `longPart` is handed
/// to a `DeflateStream` piece by piece, so a list of thousands of rows never sits whole in
/// memory; from then on the renderer tells it where each fixed stretch went and which values
/// repeat, so the stream can write references instead of searching for matches.
///
/// A short part (every one-page certificate) never starts any of this: it costs one size check
/// per repeated section. When the template's parse is at hand (`compressingShort`, from the
/// second document on), the places of its fixed stretches are noted instead, and the part is
/// coded from that parse when it is finished (see `PreparsedDeflate`).
struct PartCompression {
    /// Where the text starts being handed over and marked: the rest is then coded from marks.
    static let longPart = 1 << 16
    /// How much text is handed over at a time once the part is long.
    static let pieceSize = 1 << 19

    private let boilerplate: Boilerplate
    private let preparsed: PreparsedDeflate?
    private let coding: PartCoding
    private var stream: DeflateStream?
    /// Whether the places of fixed stretches are noted: once a part is coded from marks.
    private var marking: Bool
    /// What is known of the text not yet handed over.
    private var marks: [PieceMark] = []
    private var repeats: RepeatFinder?

    /// The one place where `coding` is decided on: with `zlibOnly` nothing is marked, so a
    /// short part comes back as text for zlib and a long one is streamed through zlib alone.
    init(_ part: CompiledPart, compressingShort: Bool, coding: PartCoding) {
        self.coding = coding
        let fromMarks = coding == .fromMarks
        boilerplate = fromMarks ? part.boilerplate : Boilerplate([])
        preparsed = fromMarks && compressingShort ? part.preparsed?.forNextDocument() : nil
        marking = preparsed != nil
    }

    /// Fixed stretch `stretch` is about to be written at the end of `output`.
    mutating func noteStretch(_ stretch: Int, at offset: Int) {
        guard marking else { return }
        marks.append(.boilerplate(offset: offset, stretch: stretch))
    }

    /// `output[start...]` was just written: a value, or a merge's separator.
    mutating func noteWritten(_ output: UnsafeBufferPointer<UInt8>, from start: Int) {
        if let mark = repeats?.mark(output, from: start) { marks.append(mark) }
    }

    /// At the end of a repetition: hands the text over once there is enough of it.
    mutating func spillIfLong(_ output: inout [UInt8]) {
        if stream == nil {
            guard output.count >= Self.longPart else { return }
            // The text so far was written before anyone marked its repeats: it goes through zlib.
            stream = DeflateStream(boilerplate: boilerplate, whileFilling: true)
            marking = coding == .fromMarks
            repeats = marking ? RepeatFinder() : nil
            marks.removeAll(keepingCapacity: true)
        } else if output.count < Self.pieceSize {
            return
        }
        stream?.append(output, marks: marks)
        repeats?.handOver(output)
        output.removeAll(keepingCapacity: true)
        marks.removeAll(keepingCapacity: true)
    }

    func finish(_ output: [UInt8]) -> RenderedPart {
        guard let stream else {
            guard let deflated = preparsed?.deflate(output, marks: marks) else { return .plain(output) }
            return .textAndDeflated(output, deflated)
        }
        stream.append(output, marks: marks)
        return .deflated(stream.finish())
    }
}
