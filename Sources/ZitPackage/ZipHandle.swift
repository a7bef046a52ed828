import CLibZip

/// One read-only libzip archive over `ArchiveBytes`.
///
/// A libzip archive must not be used by two threads at once, and opening one parses the
/// whole central directory, so handles are opened once and then either pooled (`HandlePool`,
/// for `Package.read`) or owned by one `PackageWriter`.
final class ZipHandle {
    let archive: OpaquePointer
    /// Keeps the memory libzip reads from alive; see `ArchiveBytes`.
    let bytes: ArchiveBytes

    private init(archive: OpaquePointer, bytes: ArchiveBytes) {
        self.archive = archive
        self.bytes = bytes
    }

    /// Fails with libzip's error when the bytes are not a readable archive.
    static func open(_ bytes: ArchiveBytes) -> Result<ZipHandle, LibzipFailure> {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        // freep = 0: the memory belongs to `bytes`, not to libzip.
        guard let source = zip_source_buffer_create(bytes.base, zip_uint64_t(bytes.count), 0, &error) else {
            return .failure(LibzipFailure(error))
        }
        // No ZIP_CHECKCONS: it compares every local header with the central directory and
        // rejects documents that Word and LibreOffice open fine (data descriptors, differing
        // extra fields). Entry data is verified when it is read instead (CRC and size).
        guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            return .failure(LibzipFailure(error))
        }
        return .success(ZipHandle(archive: archive, bytes: bytes))
    }

    deinit { zip_discard(archive) }
}
