import CLibZip

/// An opened OOXML or ODF package, read-only.
///
/// A template is opened once and then read and copied by many render threads, so the class
/// is immutable after `init` and safe to share: it keeps the archive's bytes in memory (the
/// raw copies made by `PackageWriter` need them) and hands each concurrent `read` a libzip
/// handle of its own. Opening validates everything the central directory declares against
/// `PackageLimits` (entry count, sizes, total, compression ratio, names, duplicates), so the
/// rest of the pipeline can trust the entry list.
public final class Package: Sendable {
    /// The path or the caller's name for the data; every error message starts with it.
    public let name: String
    /// In archive order, which matters when the package is written again (ODF `mimetype`
    /// first, and a stable order keeps output deterministic).
    public let entryNames: [String]

    let bytes: ArchiveBytes
    let infos: [String: EntryInfo]
    private let handles: HandlePool

    /// Reads the whole file into memory: writers copy raw entry data out of it for every
    /// output, and the file could change on disk while a batch is running.
    public convenience init(contentsOf path: String, limits: PackageLimits = .default) throws(PackageError) {
        try self.init(archive: FileLoader.load(path, limits: limits), name: path, limits: limits)
    }

    public convenience init(bytes: [UInt8], name: String, limits: PackageLimits = .default) throws(PackageError) {
        try self.init(archive: ArchiveBytes(bytes), name: name, limits: limits)
    }

    init(archive: ArchiveBytes, name: String, limits: PackageLimits) throws(PackageError) {
        // The smallest zip is its 22-byte end record. libzip opens an empty buffer as an
        // empty archive, but an empty .docx is a broken document, not an empty one.
        guard archive.count >= 22 else { throw .notAZipPackage(source: name) }
        let handle: ZipHandle
        switch ZipHandle.open(archive) {
        case .success(let opened): handle = opened
        case .failure(let failure):
            if failure.code == ZIP_ER_MEMORY {
                throw .unreadable(source: name, reason: PackageReason.outOfMemory)
            }
            throw .notAZipPackage(source: name)
        }
        if let rawName = RawNameScan.nameWithNUL(in: archive, maxRecords: limits.maxEntryCount) {
            throw .unsafeEntryName(source: name, entry: rawName)
        }
        let table = try EntryTable.load(from: handle, source: name, limits: limits)
        self.name = name
        self.bytes = archive
        self.entryNames = table.names
        self.infos = table.infos
        self.handles = HandlePool(first: handle)
    }

    public func contains(_ entry: String) -> Bool { infos[entry] != nil }

    /// The entry's uncompressed content, verified against its recorded size and CRC, so a
    /// damaged template fails loudly here instead of producing damaged documents.
    public func read(_ entry: String) throws(PackageError) -> [UInt8] {
        guard let info = infos[entry] else { throw .missingEntry(source: name, entry: entry) }
        let handle = try borrowHandle()
        defer { handles.giveBack(handle) }
        return try EntryReader.read(info, named: entry, from: handle, source: name)
    }

    /// How an entry is stored. ODF requires `mimetype` to be `.stored`; callers checking a
    /// template can use this to warn before writing.
    public func compressionMethod(of entry: String) -> CompressionMethod? {
        infos[entry].map { CompressionMethod(zipMethod: $0.method) }
    }

    func info(of entry: String) -> EntryInfo? { infos[entry] }

    /// A handle for this thread alone; opening cannot fail here because the same bytes
    /// opened once already.
    private func borrowHandle() throws(PackageError) -> ZipHandle {
        if let idle = handles.take() { return idle }
        switch ZipHandle.open(bytes) {
        case .success(let handle): return handle
        case .failure: throw .unreadable(source: name, reason: PackageReason.outOfMemory)
        }
    }
}

/// How an entry's data is stored in the archive.
public enum CompressionMethod: Sendable, Equatable {
    case stored
    case deflated
    /// Any other zip method number (bzip2, LZMA, ...); rare in office documents.
    case other(UInt16)

    init(zipMethod: UInt16) {
        switch zipMethod {
        case UInt16(ZIP_CM_STORE): self = .stored
        case UInt16(ZIP_CM_DEFLATE): self = .deflated
        default: self = .other(zipMethod)
        }
    }
}
