/// Keeps the text as it is written, for a part whose text is wanted (merged notes, properties).
public struct PlainOutput: PartOutput {
    @usableFromInline var written: [UInt8] = []

    public init(capacity: Int = 0) {
        written.reserveCapacity(capacity)
    }

    public var text: [UInt8] { written }

    @inlinable public mutating func appendStretch(_ stretch: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        written.append(contentsOf: bytes)
    }

    @inlinable public mutating func appendValue<Result>(_ write: (inout [UInt8]) -> Result) -> Result {
        write(&written)
    }

    @inlinable public mutating func appendPlain(_ bytes: UnsafeBufferPointer<UInt8>) {
        written.append(contentsOf: bytes)
    }

    @inlinable public mutating func endOfRepetition() {}
}
