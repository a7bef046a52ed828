import Foundation
import ZitRegister

/// What the project folder's files look like now: each file's modification time, size and inode,
/// from `stat` (a few microseconds for the whole folder, so every request can afford it). The
/// register's files are left out: they change with every certificate issued, the data does not.
struct FolderStamp: Equatable {
    struct FileStamp: Equatable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
        var inode: UInt64

        init?(_ path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            seconds = Int(info.st_mtim.tv_sec)
            nanoseconds = Int(info.st_mtim.tv_nsec)
            size = Int64(info.st_size)
            inode = UInt64(info.st_ino)
        }
    }

    private(set) var files: [String: FileStamp] = [:]
    private(set) var extra: FileStamp?

    /// `also` is a file named by the data outside the folder's listing (the logo, which may be in
    /// a subfolder). The folder is listed each time: its own modification time moves in steps of
    /// the kernel's clock tick, so a file added right after a look could go unseen.
    init(_ path: String, also extraFile: String? = nil) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
            .filter { !$0.hasPrefix(".") && !$0.hasPrefix(CertificateRegister.fileName) }
        for name in names {
            files[name] = FileStamp((path as NSString).appendingPathComponent(name))
        }
        extra = extraFile.flatMap { FileStamp((path as NSString).appendingPathComponent($0)) }
    }

    /// The same stamp with another file named by the data (a logo named only in the data just read).
    func also(_ extraFile: String?, in path: String) -> FolderStamp {
        var stamp = self
        stamp.extra = extraFile.flatMap { FileStamp((path as NSString).appendingPathComponent($0)) }
        return stamp
    }
}
