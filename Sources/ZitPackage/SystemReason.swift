#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain-English clauses for operating-system error numbers. `strerror` says "No such file
/// or directory" for both a missing file and a missing folder; the person fixing the
/// problem needs to know which one, and whether reading or writing was the problem.
enum SystemReason {
    static func reading(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: return "the file does not exist"
        case EACCES, EPERM: return "no permission to read it"
        case EISDIR: return "it is a folder, not a file"
        case EIO: return "the disk reported an error while reading it"
        case ENOMEM: return "there was not enough memory"
        case ENAMETOOLONG: return "the file name is too long"
        default: return other(code)
        }
    }

    static func writing(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: return "the folder does not exist"
        case EACCES, EPERM: return "no permission to write there"
        case EROFS: return "the disk is read-only"
        case ENOSPC, EDQUOT: return "the disk is full"
        case EISDIR: return "a folder with that name already exists"
        case ENAMETOOLONG: return "the file name is too long"
        case EIO: return "the disk reported an error while writing"
        case EMFILE, ENFILE: return "too many files are open at once"
        default: return other(code)
        }
    }

    private static func other(_ code: Int32) -> String {
        "the system reported: " + String(cString: strerror(code)).lowercased()
    }
}
