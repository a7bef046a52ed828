#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain clauses (in Polish, for office workers) for operating-system error numbers. `strerror` says "No such file
/// or directory" for both a missing file and a missing folder; the person fixing the
/// problem needs to know which one, and whether reading or writing was the problem.
enum SystemReason {
    static func reading(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: return "plik nie istnieje"
        case EACCES, EPERM: return "brak uprawnień do odczytu"
        case EISDIR: return "to jest folder, a nie plik"
        case EIO: return "dysk zgłosił błąd podczas odczytu"
        case ENOMEM: return "zabrakło pamięci"
        case ENAMETOOLONG: return "nazwa pliku jest za długa"
        default: return other(code)
        }
    }

    static func writing(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: return "folder nie istnieje"
        case EACCES, EPERM: return "brak uprawnień do zapisu w tym miejscu"
        case EROFS: return "dysk jest tylko do odczytu"
        case ENOSPC, EDQUOT: return "dysk jest pełny"
        case EISDIR: return "istnieje już folder o tej nazwie"
        case ENAMETOOLONG: return "nazwa pliku jest za długa"
        case EIO: return "dysk zgłosił błąd podczas zapisu"
        case EMFILE, ENFILE: return "jednocześnie otwartych jest zbyt wiele plików"
        default: return other(code)
        }
    }

    private static func other(_ code: Int32) -> String {
        "system zgłosił: " + String(cString: strerror(code)).lowercased()
    }
}
