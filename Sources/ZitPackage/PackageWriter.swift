import CLibZip

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes packages derived from one source package, typically thousands of filled copies of
/// one template.
///
/// Unchanged parts are copied as their raw compressed bytes (libzip `ZIP_FL_COMPRESSED`), so
/// the cost of a copy is dominated by the few parts that were actually filled in. Output is
/// deterministic: the same entries give byte-identical files, which makes renders
/// reproducible and lets callers compare or cache them.
///
/// Not thread-safe, because it owns a libzip handle over the source; make one writer per
/// thread. Writers over the same `Package` are independent of each other.
public final class PackageWriter {
    /// zlib level for `.deflated` entries, 1 (fastest) to 9 (smallest); values outside are
    /// clamped. Use `.stored` for no compression.
    public var compressionLevel: Int = Deflate.defaultLevel
    public let source: Package
    private let handle: ZipHandle

    /// Every entry gets this modification time (1980-01-01 00:00, the earliest a zip can
    /// express), so the clock never leaks into the output and copies are byte-identical.
    static let fixedDOSDate: UInt16 = (0 << 9) | (1 << 5) | 1
    static let fixedDOSTime: UInt16 = 0
    /// Stands in for a file name in errors from `bytes(of:)`, which has no destination.
    static let inMemoryName = "nowy dokument"
    /// A zip with no entries is just its end-of-central-directory record; libzip writes
    /// nothing at all for an empty archive, which no reader accepts.
    public static let emptyArchive: [UInt8] = [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)

    public init(source: Package) throws(PackageError) {
        self.source = source
        switch ZipHandle.open(source.bytes) {
        case .success(let handle): self.handle = handle
        case .failure: throw .unreadable(source: source.name, reason: PackageReason.outOfMemory)
        }
    }

    /// Writes atomically: `path` is either the complete new package or left as it was.
    /// `flush: false` leaves flushing to disk to the caller (a batch flushes once, at the end,
    /// instead of waiting for the disk after every document).
    public func write(_ entries: [PackageEntry], to path: String, flush: Bool = true) throws(PackageError) {
        let data = try assemble(entries, destination: path)
        try AtomicFile.save(data, to: path, flush: flush)
    }

    /// The same package as `write` would produce, in memory (for uploads and tests).
    public func bytes(of entries: [PackageEntry]) throws(PackageError) -> [UInt8] {
        try assemble(entries, destination: Self.inMemoryName)
    }

    /// Writes a package of new stored entries (a batch's ZIP of documents) straight into its file,
    /// atomically as `write`: libzip asks for each entry's bytes, in the order of `names`, as it
    /// comes to the entry, and lets go of them once they are written, so the package is never held
    /// whole in memory. The file is the one `write` makes of `.stored` entries of the same names
    /// and bytes (none of them `mimetype`, which `write` would move to the front). `contents(i)`
    /// may wait until the i-th entry is ready; when it gives nil, writing stops with
    /// `path` left as it was, and the error says only that (the caller knows why).
    public func writeStored(
        _ names: [String], to path: String, contents: @escaping (Int) -> [UInt8]?
    ) throws(PackageError) {
        _ = try plan(names.map { .stored($0, []) }, destination: path)
        guard !names.isEmpty else { return try AtomicFile.save(Self.emptyArchive, to: path) }
        try AtomicFile.save(to: path) { temporary throws(PackageError) in
            var error = zip_error_t()
            zip_error_init(&error)
            defer { zip_error_fini(&error) }
            guard let output = zip_source_file_create(temporary, 0, -1, &error) else {
                throw failure(LibzipFailure(error), path)
            }
            guard let archive = zip_open_from_source(output, ZIP_CREATE | ZIP_TRUNCATE, &error) else {
                zip_source_free(output)
                throw failure(LibzipFailure(error), path)
            }
            try fill(archive, destination: path) { () throws(PackageError) in
                for (position, name) in names.enumerated() {
                    guard let source = MemorySource.make(fetching: { contents(position) }, error: &error) else {
                        throw .writeFailed(destination: path, reason: PackageReason.outOfMemory)
                    }
                    let index = try addSource(source, name, archive, path)
                    try setMethod(ZIP_CM_STORE, of: index, in: archive, destination: path)
                }
            }
        }
    }

    // MARK: - Assembling

    /// Checks the list before any work: names as strict as when reading (so every written
    /// package can be opened again), no duplicates, copied entries present in the source.
    /// ODF requires `mimetype` to be the first entry, so it is moved to the front.
    private func plan(_ entries: [PackageEntry], destination: String) throws(PackageError) -> [PackageEntry] {
        var seen = Set<String>()
        var mimetype: [PackageEntry] = []
        var others: [PackageEntry] = []
        others.reserveCapacity(entries.count)
        for entry in entries {
            let name = entry.name
            if case .copied = entry {
                // The source's own names passed the same rule when it was opened.
                guard source.contains(name) else { throw .missingEntry(source: source.name, entry: name) }
            } else if !EntryName.isSafe(name) {
                throw .unsafeEntryName(source: destination, entry: name)
            }
            guard seen.insert(name).inserted else { throw .duplicateEntry(source: destination, entry: name) }
            if name == "mimetype" { mimetype.append(entry) } else { others.append(entry) }
        }
        return mimetype + others
    }

    private func assemble(_ entries: [PackageEntry], destination: String) throws(PackageError) -> [UInt8] {
        let ordered = try plan(entries, destination: destination)
        if ordered.isEmpty { return Self.emptyArchive }

        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let output = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw failure(LibzipFailure(error), destination)
        }
        guard let archive = zip_open_from_source(output, ZIP_CREATE | ZIP_TRUNCATE, &error) else {
            zip_source_free(output)
            throw failure(LibzipFailure(error), destination)
        }
        // zip_close would free the source with the archive; keep it to read the result.
        zip_source_keep(output)
        defer { zip_source_free(output) }

        try fill(archive, destination: destination) { () throws(PackageError) in
            for entry in ordered { try add(entry, to: archive, destination: destination) }
        }
        return try readBack(output, destination: destination)
    }

    private func add(_ entry: PackageEntry, to archive: OpaquePointer, destination: String) throws(PackageError) {
        let index: zip_uint64_t
        var method = ZIP_CM_STORE
        switch entry {
        case .copied("mimetype"):
            // Decompressed and stored, in case the template had it deflated against the rules.
            let content = try source.read("mimetype")
            index = try addSource(try bufferSource(content, destination), "mimetype", archive, destination)
        case .copied(let name):
            let info = source.info(of: name)!
            guard let raw = zip_source_zip(archive, handle.archive, info.index, ZIP_FL_COMPRESSED, 0, -1) else {
                throw failure(LibzipFailure(archive: archive), destination)
            }
            index = try addSource(raw, name, archive, destination)
            // The same method as the source, or libzip would "recompress" it: a stored
            // part would be deflated and no longer be a raw copy.
            method = Int32(info.method)
        case .deflated(let name, let data) where name != "mimetype":
            index = try addSource(
                try precompressedSource(Deflate.compress(data, level: compressionLevel), destination),
                name, archive, destination)
            method = ZIP_CM_DEFLATE
        case .precompressed(let name, let part) where name != "mimetype":
            index = try addSource(try precompressedSource(part, destination), name, archive, destination)
            method = ZIP_CM_DEFLATE
        case .precompressed(let name, let part):
            index = try addSource(try bufferSource(Deflate.decompress(part), destination), name, archive, destination)
        case .deflated(let name, let data), .stored(let name, let data):
            index = try addSource(try bufferSource(data, destination), name, archive, destination)
        }
        try setMethod(method, of: index, in: archive, destination: destination)
    }

    /// The method, and the fixed modification time that keeps copies byte-identical.
    private func setMethod(
        _ method: Int32, of index: zip_uint64_t, in archive: OpaquePointer, destination: String
    ) throws(PackageError) {
        guard zip_set_file_compression(archive, index, method, 0) == 0,
            zip_file_set_dostime(archive, index, Self.fixedDOSTime, Self.fixedDOSDate, 0) == 0
        else {
            throw failure(LibzipFailure(archive: archive), destination)
        }
    }

    /// libzip reads new content only in `zip_close`; the source keeps the array alive until then.
    private func bufferSource(_ data: [UInt8], _ destination: String) throws(PackageError) -> OpaquePointer {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = MemorySource.make(data, error: &error) else {
            throw .writeFailed(destination: destination, reason: PackageReason.outOfMemory)
        }
        return source
    }

    private func precompressedSource(_ part: DeflatedPart, _ destination: String) throws(PackageError) -> OpaquePointer
    {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = MemorySource.make(part, error: &error) else {
            throw .writeFailed(destination: destination, reason: PackageReason.outOfMemory)
        }
        return source
    }

    private func addSource(
        _ data: OpaquePointer, _ name: String, _ archive: OpaquePointer, _ destination: String
    ) throws(PackageError) -> zip_uint64_t {
        let index = zip_file_add(archive, name, data, ZIP_FL_ENC_UTF_8)
        guard index >= 0 else {
            zip_source_free(data)
            throw failure(LibzipFailure(archive: archive), destination)
        }
        return zip_uint64_t(index)
    }

    /// Adds the entries, then has libzip write the archive; on any failure the archive is
    /// discarded, so libzip writes nothing half-done.
    private func fill(
        _ archive: OpaquePointer, destination: String, adding: () throws(PackageError) -> Void
    ) throws(PackageError) {
        do throws(PackageError) {
            try adding()
        } catch {
            zip_discard(archive)
            throw error
        }
        guard zip_close(archive) == 0 else {
            let failure = LibzipFailure(archive: archive)
            zip_discard(archive)
            throw self.failure(failure, destination)
        }
    }

    private func failure(_ failure: LibzipFailure, _ destination: String) -> PackageError {
        .writeFailed(destination: destination, reason: failure.writeReason(template: source.name))
    }

    private func readBack(_ output: OpaquePointer, destination: String) throws(PackageError) -> [UInt8] {
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_source_stat(output, &stat) == 0, zip_source_open(output) == 0 else {
            throw failure(LibzipFailure(zip_source_error(output).pointee), destination)
        }
        defer { zip_source_close(output) }
        var result = [UInt8](repeating: 0, count: Int(stat.size))
        var filled = 0
        let complete = result.withUnsafeMutableBytes { buffer -> Bool in
            while filled < buffer.count {
                let n = zip_source_read(output, buffer.baseAddress! + filled, zip_uint64_t(buffer.count - filled))
                if n <= 0 { return false }
                filled += Int(n)
            }
            return true
        }
        guard complete else {
            throw failure(LibzipFailure(zip_source_error(output).pointee), destination)
        }
        return result
    }
}
