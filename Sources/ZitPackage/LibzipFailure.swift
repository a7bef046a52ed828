import CLibZip

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A libzip error, captured by value because libzip's `zip_error_t` is reused and freed by
/// the call that reported it. Turns the codes into the plain phrases `PackageError` shows.
struct LibzipFailure: Error, Equatable {
    let code: Int32
    let systemCode: Int32

    init(code: Int32, systemCode: Int32 = 0) {
        self.code = code
        self.systemCode = systemCode
    }

    init(_ error: zip_error_t) {
        var copy = error
        code = zip_error_code_zip(&copy)
        systemCode = zip_error_system_type(&copy) == ZIP_ET_SYS ? zip_error_code_system(&copy) : 0
    }

    init(archive: OpaquePointer) { self.init(zip_get_error(archive).pointee) }
    init(file: OpaquePointer) { self.init(zip_file_get_error(file).pointee) }

    /// Why an entry's data could not be decompressed, as a clause for `corruptEntry`.
    var entryReason: String {
        switch code {
        case ZIP_ER_CRC: return "jej suma kontrolna nie zgadza się z zawartością"
        case ZIP_ER_INCONS: return "jej rozmiar nie zgadza się z rozmiarem zapisanym w pliku"
        case ZIP_ER_EOF: return "jej dane kończą się przedwcześnie"
        case ZIP_ER_ZLIB, ZIP_ER_COMPRESSED_DATA: return "jej skompresowane dane są nieprawidłowe"
        case ZIP_ER_COMPNOTSUPP: return "skompresowano ją metodą, której ten program nie obsługuje"
        case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD: return "jest chroniona hasłem"
        case ZIP_ER_MEMORY: return "zabrakło pamięci, by ją rozpakować"
        default: return "nie można jej rozpakować: \(libzipText)"
        }
    }

    /// Why assembling a new package in memory failed, as a clause for `writeFailed`.
    /// libzip reads copied parts only in `zip_close` and does not say which one failed, so
    /// the clause can name the template but not the part.
    func writeReason(template: String) -> String {
        switch code {
        case ZIP_ER_MEMORY: return "zabrakło pamięci"
        case ZIP_ER_CRC, ZIP_ER_INCONS, ZIP_ER_EOF, ZIP_ER_ZLIB, ZIP_ER_COMPRESSED_DATA:
            return "część skopiowana z pliku \(template) jest uszkodzona"
        case ZIP_ER_COMPNOTSUPP: return "część pliku \(template) skompresowano metodą, której ten program nie obsługuje"
        case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD: return "część pliku \(template) jest chroniona hasłem"
        default: return "nie udało się złożyć dokumentu: \(libzipText)"
        }
    }

    /// libzip's own wording, only for codes that have no plain phrase above.
    private var libzipText: String {
        var error = zip_error_t()
        zip_error_init_with_code(&error, code)
        defer { zip_error_fini(&error) }
        return String(cString: zip_error_strerror(&error)).lowercased()
    }
}
