/// A part compressed ahead of writing: raw deflate data with what a zip entry records about it.
/// A writer puts these bytes into the package as they are.
public struct DeflatedPart: Sendable, Equatable {
    public let bytes: [UInt8]
    public let crc32: UInt32
    public let uncompressedSize: Int
}
