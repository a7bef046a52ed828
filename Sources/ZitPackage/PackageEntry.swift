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
