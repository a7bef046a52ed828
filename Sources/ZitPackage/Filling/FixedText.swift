/// What is known of a part's text before it is filled: its fixed stretches, numbered in the
/// order they come in the unfilled text, with other text to be written between them. Made once
/// per part that many documents are filled from; each document's text is then written through
/// one of its outputs.
public final class FixedText: Sendable {
    let boilerplate: Boilerplate
    /// The stretches parsed for deflate, when the filled text is likely short (a certificate)
    /// and many documents are filled from it.
    private let preparse: PreparseOnReuse?
    /// A size hint for the text: the stretches' length, and a quarter more for the values.
    public let expectedSize: Int

    /// `manyDocuments`: one text each is filled for many documents, so work done once on the
    /// stretches pays off (not so for a merge, made once).
    public init(stretches: [ArraySlice<UInt8>], manyDocuments: Bool) {
        boilerplate = Boilerplate(stretches)
        let size = stretches.reduce(0) { $0 + $1.count }
        expectedSize = size + size / 4
        // A long text is coded while it is filled, a short one by zlib (see `PackageEntry.filled`).
        let preparsing = manyDocuments && size >= PackageEntry.smallestDeflated && size < CodedOutput.longPart
        preparse = preparsing ? PreparseOnReuse(stretches) : nil
    }

    /// An output for one document's text, coded as it is written (see `CodedOutput`).
    /// `firstDocument`: whether this is the first document filled from the stretches, when the
    /// caller knows (the first of a batch goes through zlib, the others are coded from the
    /// stretches' parse, whatever order they come in); nil: the first to ask is the first.
    public func codedOutput(firstDocument: Bool? = nil) -> CodedOutput {
        CodedOutput(self, firstDocument: firstDocument)
    }

    /// An output for one document's text that leaves all coding to zlib (see `ZlibOutput`).
    public func zlibOutput() -> ZlibOutput {
        ZlibOutput(capacity: expectedSize)
    }

    /// An output that keeps one document's text as it is.
    public func plainOutput() -> PlainOutput {
        PlainOutput(capacity: expectedSize)
    }

    /// The stretches' parse for the next document, from the second document on.
    func preparsedForNextDocument(first: Bool?) -> PreparsedDeflate? {
        preparse?.forNextDocument(first: first)
    }
}
