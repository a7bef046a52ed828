import CLibZip

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A libzip error, captured by value because libzip's `zip_error_t` is reused and freed by
/// the call that reported it. Its codes become plain phrases in PackageError+Description.swift.
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

    /// libzip's own wording, only for codes that have no plain phrase above.
    var libzipText: String {
        var error = zip_error_t()
        zip_error_init_with_code(&error, code)
        defer { zip_error_fini(&error) }
        return String(cString: zip_error_strerror(&error)).lowercased()
    }
}
