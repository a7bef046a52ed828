import Foundation

/// Which output filled parts are written into (ZitPackage's `PartOutput`s), so how they are
/// deflated.
///
/// `fromMarks` is the fast way (`CodedOutput`): a short part coded from its template's parse, a
/// long one from marks of where each fixed stretch went, its checksum combined from those marks.
/// `zlibOnly` (`ZlibOutput`) sends every part through zlib and reads every byte for its
/// checksum: slower, but nothing rests on a mark, so a document that Word refuses can be made
/// again this way and compared.
public enum PartCoding: Sendable {
    case fromMarks
    case zlibOnly

    /// `zlibOnly` when the environment has `ZITDOCS_ZLIB_ONLY=1`; read once, when first needed.
    public static let standard: PartCoding =
        ProcessInfo.processInfo.environment["ZITDOCS_ZLIB_ONLY"] == "1" ? .zlibOnly : .fromMarks
}
