#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a package file into `ArchiveBytes` with plain system calls, so that the reason for a
/// failure (missing, no permission, a folder) survives into `PackageError.unreadable`, and so
/// that an oversized file is refused before it is read into memory.
enum FileLoader {
    static func load(_ path: String, limits: PackageLimits) throws(PackageError) -> ArchiveBytes {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(source: path, reason: SystemReason.reading(errno)) }
        defer { close(fd) }

        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw .unreadable(source: path, reason: SystemReason.reading(errno))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw .unreadable(source: path, reason: SystemReason.reading(EISDIR))
        }
        let size = Int(info.st_size)
        // A zip is never meaningfully larger than its unpacked contents (stored parts are
        // copied as they are), so this is the total limit applied before reading.
        guard size <= limits.maxTotalSize else {
            throw .packageTooLarge(source: path, size: size, limit: limits.maxTotalSize)
        }
        return try ArchiveBytes(capacity: size) { (buffer) throws(PackageError) -> Int in
            var filled = 0
            while filled < size {
                let n = read(fd, buffer.baseAddress! + filled, size - filled)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw .unreadable(source: path, reason: SystemReason.reading(errno))
                }
                if n == 0 { break }  // the file shrank while we read it; use what is there
                filled += n
            }
            return filled
        }
    }
}
