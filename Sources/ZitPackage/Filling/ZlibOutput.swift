/// Leaves all coding to zlib, knowing nothing of the stretches: the text is kept for the
/// package writer to deflate (see `PackageEntry.filled`), and a long one is handed piece by
/// piece to a `DeflateStream` of plain zlib chunks, its checksum read from the bytes. Nothing
/// rests on a mark, so a document made this way is the reference for the others.
public struct ZlibOutput: PartOutput {
    @usableFromInline var text: [UInt8] = []
    /// Whether the text goes to `stream` piece by piece.
    @usableFromInline var streaming = false
    private var stream: DeflateStream?

    public init(capacity: Int = 0) {
        text.reserveCapacity(capacity)
    }

    @inlinable public mutating func appendStretch(_ stretch: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        text.append(contentsOf: bytes)
    }

    @inlinable public mutating func appendValue<Result>(_ write: (inout [UInt8]) -> Result) -> Result {
        write(&text)
    }

    @inlinable public mutating func appendPlain(_ bytes: UnsafeBufferPointer<UInt8>) {
        text.append(contentsOf: bytes)
    }

    @inlinable public mutating func endOfRepetition() {
        guard text.count >= (streaming ? CodedOutput.pieceSize : CodedOutput.longPart) else { return }
        handOver()
    }

    /// As `CodedOutput` hands its text over, with no marks: every piece goes through zlib.
    @usableFromInline mutating func handOver() {
        if !streaming {
            stream = DeflateStream(whileFilling: true)
            streaming = true
        }
        stream?.append(text)
        text.removeAll(keepingCapacity: true)
    }

    public func finish() -> FilledPart {
        guard let stream else { return .text(text) }
        stream.append(text)
        return .deflated(stream.finish())
    }
}
