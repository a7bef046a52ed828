/// Why a package could not be read or written.
///
/// Every case names the file (`source`/`destination`, as given by the caller) because the
/// messages end up in front of office workers who render many files at once and need to know
/// which one is at fault; `description` (in PackageError+Description.swift) is one plain
/// sentence meant for them.
public enum PackageError: Error, Equatable {
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
}
