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
        case ZIP_ER_CRC: return "its checksum does not match its contents"
        case ZIP_ER_INCONS: return "its size does not match the size recorded for it"
        case ZIP_ER_EOF: return "its data ends too early"
        case ZIP_ER_ZLIB, ZIP_ER_COMPRESSED_DATA: return "its compressed data is invalid"
        case ZIP_ER_COMPNOTSUPP: return "it is compressed with a method this program does not support"
        case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD: return "it is password-protected"
        case ZIP_ER_MEMORY: return "there was not enough memory to unpack it"
        default: return "it could not be unpacked: \(libzipText)"
        }
    }

    /// Why assembling a new package in memory failed, as a clause for `writeFailed`.
    /// libzip reads copied parts only in `zip_close` and does not say which one failed, so
    /// the clause can name the template but not the part.
    func writeReason(template: String) -> String {
        switch code {
        case ZIP_ER_MEMORY: return "there was not enough memory"
        case ZIP_ER_CRC, ZIP_ER_INCONS, ZIP_ER_EOF, ZIP_ER_ZLIB, ZIP_ER_COMPRESSED_DATA:
            return "a part copied from \(template) is damaged"
        case ZIP_ER_COMPNOTSUPP: return "a part of \(template) uses a compression method this program does not support"
        case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD: return "a part of \(template) is password-protected"
        default: return "the document could not be assembled: \(libzipText)"
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
