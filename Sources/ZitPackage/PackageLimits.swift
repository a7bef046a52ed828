/// Caps on what an opened package may declare.
///
/// Templates come from users and e-mail attachments, so a package is untrusted input: a few
/// kilobytes of zip can declare gigabytes of content ("zip bomb") or millions of parts.
/// The limits are checked against the central directory when a package is opened, before
/// anything is decompressed, and `Package.read` never produces more than an entry declared.
public struct PackageLimits: Sendable, Equatable {
    /// Real documents have tens to a few hundred parts; far more means a crafted file.
    public var maxEntryCount: Int
    /// Uncompressed bytes of one part. Bounds the memory one `read` can allocate.
    public var maxEntrySize: Int
    /// Sum of the uncompressed sizes of all parts. Bounds the work a whole render can cause.
    public var maxTotalSize: Int
    /// Uncompressed size divided by compressed size. XML compresses about 5–20 to 1 and
    /// images not at all; ratios in the hundreds come from long runs of one byte, the
    /// material of zip bombs. Checked only for parts above `ratioCheckThreshold`, because
    /// tiny parts (an empty XML file) can have high ratios and are harmless.
    public var maxCompressionRatio: Int

    /// Parts at or below this size are exempt from the ratio check (see `maxCompressionRatio`).
    public static let ratioCheckThreshold = 1 << 20

    public static let `default` = PackageLimits()

    public init(
        maxEntryCount: Int = 10_000,
        maxEntrySize: Int = 256 << 20,
        maxTotalSize: Int = 1 << 30,
        maxCompressionRatio: Int = 200
    ) {
        self.maxEntryCount = maxEntryCount
        self.maxEntrySize = maxEntrySize
        self.maxTotalSize = maxTotalSize
        self.maxCompressionRatio = maxCompressionRatio
    }
}
