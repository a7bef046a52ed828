/// Why a package could not be read or written.
///
/// Every case names the file (`source`/`destination`, as given by the caller) because the
/// messages end up in front of office workers who render many files at once and need to know
/// which one is at fault; `description` is one plain sentence meant for them.
public enum PackageError: Error, Equatable, CustomStringConvertible {
    /// The file could not be opened or read at all (missing, no permission, a folder).
    case unreadable(source: String, reason: String)
    /// Not a zip archive, or one whose structure is cut off or damaged.
    case notAZipPackage(source: String)
    case tooManyEntries(source: String, count: Int, limit: Int)
    /// `size` is the uncompressed size the entry declares.
    case entryTooLarge(source: String, entry: String, size: Int, limit: Int)
    /// `size` is the total declared uncompressed size (or the file size, when the file on
    /// disk alone is already over the limit).
    case packageTooLarge(source: String, size: Int, limit: Int)
    /// Compression ratio far beyond what documents reach: the signature of a zip bomb.
    case suspiciousCompression(source: String, entry: String, ratio: Int, limit: Int)
    /// A name that could escape a folder when the package is unpacked by other tools:
    /// absolute paths, `..`, backslashes, NUL bytes, drive letters, or an empty name.
    case unsafeEntryName(source: String, entry: String)
    /// The same name twice: readers disagree on which copy wins, so it is refused.
    case duplicateEntry(source: String, entry: String)
    case missingEntry(source: String, entry: String)
    /// The entry's data disagrees with its header: checksum, size, or invalid compressed data.
    case corruptEntry(source: String, entry: String, reason: String)
    /// The package could not be saved; no partial file was left behind.
    case writeFailed(destination: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(source, reason):
            return "\(source) could not be opened: \(reason)."
        case let .notAZipPackage(source):
            return "\(source) is not a valid Word/OpenDocument file (it is not a zip archive or it is damaged)."
        case let .tooManyEntries(source, count, limit):
            return "\(source) consists of \(PlainWords.count(count)) parts, more than the "
                + "\(PlainWords.count(limit)) allowed; the file is refused as unsafe."
        case let .entryTooLarge(source, entry, _, limit):
            return "\(source): the part '\(PlainWords.entry(entry))' unpacks to more than "
                + "\(PlainWords.size(limit)); the file is refused as unsafe."
        case let .packageTooLarge(source, _, limit):
            return "\(source) is too large: its contents add up to more than \(PlainWords.size(limit)); "
                + "the file is refused as unsafe."
        case let .suspiciousCompression(source, entry, ratio, limit):
            return "\(source): the part '\(PlainWords.entry(entry))' is compressed \(PlainWords.count(ratio)) to 1, "
                + "far more than the \(PlainWords.count(limit)) to 1 that real documents reach, which is typical "
                + "of a deliberately harmful file; the file is refused as unsafe."
        case let .unsafeEntryName(source, entry):
            return "\(source): the part name '\(PlainWords.entry(entry))' is unsafe "
                + "(it could point outside the document's folder); the file is refused."
        case let .duplicateEntry(source, entry):
            return "\(source): the part '\(PlainWords.entry(entry))' appears more than once; the file is refused."
        case let .missingEntry(source, entry):
            return "\(source) has no part named '\(PlainWords.entry(entry))'."
        case let .corruptEntry(source, entry, reason):
            return "\(source): the part '\(PlainWords.entry(entry))' is damaged (\(reason))."
        case let .writeFailed(destination, reason):
            return "\(destination) could not be saved: \(reason)."
        }
    }
}
