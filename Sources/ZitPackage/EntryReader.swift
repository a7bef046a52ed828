import CLibZip

/// Decompresses one entry while holding it to its declared size.
///
/// The declared size was vetted against the limits when the package was opened, so the
/// buffer is allocated once at that size; data beyond it is refused instead of grown into,
/// which is what keeps a lying header from turning into a zip bomb. The final read past the
/// end is what makes libzip compare the CRC and the size, so it is never skipped.
enum EntryReader {
    static func read(
        _ info: EntryInfo, named entry: String, from handle: ZipHandle, source: String
    ) throws(PackageError) -> [UInt8] {
        guard let file = zip_fopen_index(handle.archive, info.index, 0) else {
            let failure = LibzipFailure(archive: handle.archive)
            zip_error_clear(handle.archive)
            throw .corruptEntry(source: source, entry: entry, reason: failure.entryReason)
        }
        defer { zip_fclose(file) }

        var result = [UInt8](repeating: 0, count: info.size)
        var filled = 0
        var failure: LibzipFailure?
        result.withUnsafeMutableBytes { buffer in
            while filled < info.size {
                let n = zip_fread(file, buffer.baseAddress! + filled, zip_uint64_t(info.size - filled))
                if n < 0 { failure = LibzipFailure(file: file); return }
                if n == 0 { return }
                filled += Int(n)
            }
        }
        if let failure { throw .corruptEntry(source: source, entry: entry, reason: failure.entryReason) }
        guard filled == info.size else {
            throw .corruptEntry(source: source, entry: entry, reason: PackageReason.entryEndsEarly)
        }

        var extra: UInt8 = 0
        let n = zip_fread(file, &extra, 1)
        if n < 0 {
            throw .corruptEntry(source: source, entry: entry, reason: LibzipFailure(file: file).entryReason)
        }
        guard n == 0 else {
            throw .corruptEntry(source: source, entry: entry, reason: PackageReason.entryLongerThanDeclared)
        }
        return result
    }
}
