import Foundation

/// How filled parts are deflated.
///
/// `fromMarks` is the fast way: a short part coded from its template's parse, a long one from
/// the renderer's marks of where each fixed stretch went, its checksum combined from those
/// marks (see `PartCompression`). `zlibOnly` sends every part through zlib and reads every
/// byte for its checksum: slower, but nothing rests on a mark, so a document that Word refuses
/// can be made again this way and compared.
public enum PartCoding: Sendable {
    case fromMarks
    case zlibOnly

    /// `zlibOnly` when the environment has `ZITDOCS_ZLIB_ONLY=1`; read once, when first needed.
    public static let standard: PartCoding =
        ProcessInfo.processInfo.environment["ZITDOCS_ZLIB_ONLY"] == "1" ? .zlibOnly : .fromMarks
}
