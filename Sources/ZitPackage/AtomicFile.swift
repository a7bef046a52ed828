#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Saves bytes so that the destination is either the complete new file or untouched.
///
/// A batch that is interrupted (disk full, killed, power loss) must not leave a truncated
/// .docx that looks like a finished one. The data goes to a hidden temporary file in the
/// destination's folder (same file system, so the rename is atomic), is flushed to disk, and
/// only then renamed over the destination; on any failure the temporary file is removed.
/// libzip's own `zip_close` also renames a temporary file, but its temporary name is visible
/// and its errors do not say which of the folder, the permissions or the disk is at fault.
enum AtomicFile {
    /// `flush: false` skips the per-file fsync for callers that flush a whole batch at once.
    static func save(_ bytes: [UInt8], to path: String, flush: Bool = true) throws(PackageError) {
        let (folder, file) = split(path)
        guard !file.isEmpty else {
            throw .writeFailed(destination: path, reason: PackageReason.destinationIsAFolder)
        }
        let (fd, temporary) = try createTemporary(folder: folder, file: file, destination: path)

        func fail(_ code: Int32) -> PackageError {
            close(fd)
            unlink(temporary)
            return .writeFailed(destination: path, reason: SystemReason.writing(code))
        }

        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, bytes.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw fail(errno)
            }
            written += n
        }
        // Without fsync, a crash soon after the rename can leave the new name pointing at
        // an empty or partial file on some file systems.
        guard !flush || fsync(fd) == 0 else { throw fail(errno) }
        guard close(fd) == 0 else {
            let code = errno
            unlink(temporary)
            throw .writeFailed(destination: path, reason: SystemReason.writing(code))
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw .writeFailed(destination: path, reason: SystemReason.writing(code))
        }
    }

    /// As `save`, for content a library writes into a file by the file's name (`write` is given
    /// the temporary file's path and may replace that file, as libzip does).
    static func save(
        to path: String, flush: Bool = true, writing write: (String) throws(PackageError) -> Void
    ) throws(PackageError) {
        let (folder, file) = split(path)
        guard !file.isEmpty else {
            throw .writeFailed(destination: path, reason: PackageReason.destinationIsAFolder)
        }
        let (fd, temporary) = try createTemporary(folder: folder, file: file, destination: path)
        close(fd)
        do throws(PackageError) {
            try write(temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        if flush {
            let written = open(temporary, O_RDONLY | O_CLOEXEC)
            guard written >= 0, fsync(written) == 0 else {
                let code = errno
                if written >= 0 { close(written) }
                unlink(temporary)
                throw .writeFailed(destination: path, reason: SystemReason.writing(code))
            }
            close(written)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw .writeFailed(destination: path, reason: SystemReason.writing(code))
        }
    }

    /// Splits into the folder part (with its trailing "/", or empty for the current folder)
    /// and the file name.
    static func split(_ path: String) -> (folder: String, file: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }

    /// The temporary name is ".NAME.XXXXXX.tmp": hidden, so file browsers and globbing
    /// scripts do not pick up a file that is not finished.
    static func temporaryName(folder: String, file: String) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var generator = SystemRandomNumberGenerator()
        let random = String((0..<6).map { _ in alphabet.randomElement(using: &generator)! })
        // Shortened so that a name near the file system's 255-byte limit still fits.
        return folder + "." + String(file.prefix(40)) + "." + random + ".tmp"
    }

    private static func createTemporary(
        folder: String, file: String, destination: String
    ) throws(PackageError) -> (Int32, String) {
        for _ in 0..<100 {
            let temporary = temporaryName(folder: folder, file: file)
            // 0o666 and the process umask give the file the same permissions a plain
            // create would, unlike mkstemp's 0o600.
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 { return (fd, temporary) }
            if errno == EEXIST || errno == EINTR { continue }
            throw .writeFailed(destination: destination, reason: SystemReason.writing(errno))
        }
        throw .writeFailed(destination: destination, reason: PackageReason.noTemporaryFile)
    }
}
