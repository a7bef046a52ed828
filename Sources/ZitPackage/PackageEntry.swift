/// One entry of a package to be written, in the order given.
///
/// The three cases are the three ways a template-based render produces its parts: untouched
/// parts (images, styles) are copied raw so nothing is decompressed or recompressed, filled
/// parts are deflated, and the few that a format requires uncompressed are stored.
public enum PackageEntry: Sendable, Equatable {
    /// Copy this entry of the source package unchanged: its compressed bytes, CRC and sizes.
    case copied(String)
    /// New content, deflate-compressed at the writer's `compressionLevel`.
    case deflated(String, [UInt8])
    /// New content, stored uncompressed (ODF requires this for `mimetype`).
    case stored(String, [UInt8])
    /// New content compressed already (a part streamed through `DeflateStream`).
    case precompressed(String, DeflatedPart)

    public var name: String {
        switch self {
        case .copied(let name), .deflated(let name, _), .stored(let name, _), .precompressed(let name, _): return name
        }
    }
}

extension PackageEntry {
    /// Below this size a new part is stored: deflating a kilobyte or two saves little and costs
    /// a compressor set-up per part.
    public static let smallestDeflated = 2048

    /// A part filled for one document: deflated by the writer, or stored when small.
    public static func filled(_ name: String, _ bytes: [UInt8]) -> PackageEntry {
        bytes.count < smallestDeflated ? .stored(name, bytes) : .deflated(name, bytes)
    }

    /// A part shared by many documents, compressed here once rather than by every document's
    /// writer; stored when small.
    public static func compressedOnce(_ name: String, _ bytes: [UInt8]) -> PackageEntry {
        bytes.count < smallestDeflated ? .stored(name, bytes) : .precompressed(name, Deflate.compress(bytes))
    }

    /// A filled part as its output left it.
    public static func filled(_ name: String, _ part: FilledPart) -> PackageEntry {
        switch part {
        case .text(let bytes): .filled(name, bytes)
        case .textAndDeflated(_, let deflated), .deflated(let deflated): .precompressed(name, deflated)
        }
    }
}
