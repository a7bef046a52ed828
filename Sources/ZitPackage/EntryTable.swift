import CLibZip

/// What the central directory says about one entry.
struct EntryInfo: Sendable, Equatable {
    let index: UInt64
    /// Declared uncompressed size; `read` produces exactly this many bytes or fails.
    let size: Int
    let compressedSize: Int
    let crc: UInt32
    let method: UInt16
}

/// Reads and vets the central directory when a package is opened.
///
/// Everything here uses only what the archive declares, so a hostile file is refused before
/// a single byte is decompressed; `EntryReader` then holds each entry to its declaration.
enum EntryTable {
    static func load(
        from handle: ZipHandle, source: String, limits: PackageLimits
    ) throws(PackageError) -> (names: [String], infos: [String: EntryInfo]) {
        let count = Int(zip_get_num_entries(handle.archive, 0))
        guard count <= limits.maxEntryCount else {
            throw .tooManyEntries(source: source, count: count, limit: limits.maxEntryCount)
        }
        var names: [String] = []
        var infos: [String: EntryInfo] = [:]
        names.reserveCapacity(count)
        var total = 0
        for index in 0..<count {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(handle.archive, zip_uint64_t(index), 0, &stat) == 0,
                let rawName = stat.name
            else { throw .notAZipPackage(source: source) }
            let name = String(cString: rawName)
            guard EntryName.isSafe(name) else { throw .unsafeEntryName(source: source, entry: name) }
            guard infos[name] == nil else { throw .duplicateEntry(source: source, entry: name) }

            let info = EntryInfo(
                index: UInt64(index),
                size: Int(clamping: stat.size),
                compressedSize: Int(clamping: stat.comp_size),
                crc: stat.crc,
                method: stat.comp_method)
            try check(info, named: name, source: source, limits: limits)
            total = total.addingReportingOverflow(info.size).overflow ? Int.max : total + info.size
            guard total <= limits.maxTotalSize else {
                throw .packageTooLarge(source: source, size: total, limit: limits.maxTotalSize)
            }
            names.append(name)
            infos[name] = info
        }
        return (names, infos)
    }

    private static func check(
        _ info: EntryInfo, named name: String, source: String, limits: PackageLimits
    ) throws(PackageError) {
        guard info.size <= limits.maxEntrySize else {
            throw .entryTooLarge(source: source, entry: name, size: info.size, limit: limits.maxEntrySize)
        }
        guard info.size > PackageLimits.ratioCheckThreshold else { return }
        let ratio = info.size / max(info.compressedSize, 1)
        guard ratio <= limits.maxCompressionRatio else {
            throw .suspiciousCompression(
                source: source, entry: name, ratio: ratio, limit: limits.maxCompressionRatio)
        }
    }
}
