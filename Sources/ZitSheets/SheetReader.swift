import ZitPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads participant and attendance lists from .xlsx, .ods and .csv files.
///
/// The format is decided by the content, because office workers rename files and mail
/// systems mangle extensions: a zip archive with a SpreadsheetML workbook is .xlsx, one whose
/// `mimetype` says OpenDocument spreadsheet is .ods; only text that is not a zip archive is
/// taken as CSV, and only when the name says .csv (or .txt/.tsv). Everything else ends in a
/// `SheetError` saying what the file is instead and what to do.
public enum SheetReader {
    public static func read(contentsOf path: String, limits: SheetLimits = .default) throws(SheetError) -> Workbook {
        let bytes = try load(path, limit: limits.maxFileSize)
        return try read(bytes: bytes, name: path, limits: limits)
    }

    /// The same as `read(contentsOf:)` for data already in memory (uploads, tests); `name` stands
    /// for the file in messages and its extension matters only for text files.
    public static func read(bytes: [UInt8], name: String, limits: SheetLimits = .default) throws(SheetError) -> Workbook
    {
        let place = SheetLocation(file: name)
        guard bytes.count <= limits.maxFileSize else {
            throw SheetError(place, .fileTooLarge(size: bytes.count, limit: limits.maxFileSize))
        }
        let ext = fileExtension(name)
        if isZip(bytes) {
            return try readZip(bytes, name: name, limits: limits)
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // The OLE compound file: Excel 97–2003 workbooks, and also password-protected .xlsx.
            throw SheetError(
                place,
                .notASpreadsheet(
                    "to plik w starym formacie Excel 97–2003 (.xls) albo plik chroniony hasłem; otwórz go w Excelu, "
                        + "usuń hasło, jeśli jest, i zapisz plik jako skoroszyt programu Excel (.xlsx)"))
        }
        if ext == "fods" {
            return try ODSReader.readFlat(bytes, file: name, limits: limits)
        }
        switch ext {
        case "csv", "txt", "tsv", "tab":
            return try CSVReader.read(bytes, file: name, limits: limits)
        case "xlsx", "xlsm", "xltx", "xltm", "ods", "ots":
            if bytes.isEmpty {
                throw SheetError(place, .damaged("jest pusty (0 bajtów), być może nie został skopiowany w całości"))
            }
            throw SheetError(
                place,
                .notASpreadsheet(
                    "to nie jest prawdziwy plik .\(ext): jego zawartość nie jest archiwum ZIP, a każdy plik .\(ext) nim jest "
                        + "(być może zmieniono nazwę pliku tekstowego); otwórz go w programie, w którym powstał, i zapisz ponownie jako .\(ext)"
                ))
        case "xls":
            // Web systems export HTML tables named .xls; Excel opens them with a warning.
            throw SheetError(
                place,
                .notASpreadsheet(
                    "to nie jest skoroszyt programu Excel, lecz strona internetowa lub plik tekstowy z rozszerzeniem .xls; "
                        + "otwórz go w Excelu i zapisz jako skoroszyt programu Excel (.xlsx)"))
        default:
            throw SheetError(
                place,
                .notASpreadsheet(
                    "to nie jest arkusz w formacie, który ten program odczytuje; zapisz listę jako .xlsx, .ods lub .csv"
                ))
        }
    }

    // MARK: - Zip packages

    static let odsMimetypes: Set<String> = [
        "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.oasis.opendocument.spreadsheet-template"
    ]

    /// A zip local header, an empty archive's end record, or a spanned-archive marker.
    static func isZip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B
            && [(3, 4), (5, 6), (7, 8)].contains { bytes[2] == $0.0 && bytes[3] == $0.1 }
    }

    private static func readZip(_ bytes: [UInt8], name: String, limits: SheetLimits) throws(SheetError) -> Workbook {
        let place = SheetLocation(file: name)
        let package: Package
        do {
            package = try Package(bytes: bytes, name: name, limits: limits.package)
        } catch {
            throw packageError(error, file: name)
        }
        if package.contains("mimetype") {
            let mimetype = String(decoding: try read("mimetype", from: package), as: UTF8.self)
                .trimming(" \t\r\n")
            if odsMimetypes.contains(mimetype) { return try ODSReader.read(package, limits: limits) }
            if mimetype.hasPrefix("application/vnd.oasis.opendocument.") {
                throw SheetError(
                    place,
                    .notASpreadsheet(
                        "to plik OpenDocument typu \(mimetype.dropFirst("application/vnd.oasis.opendocument.".count)), "
                            + "a nie arkusz; lista musi być arkuszem programu Calc lub Excel (.ods, .xlsx) albo plikiem .csv"
                    ))
            }
        }
        if let part = try XLSXReader.workbookPart(in: package),
            let workbook = try XLSXReader.read(package, workbookPart: part, limits: limits)
        {
            return workbook
        }
        if package.contains("content.xml") && package.contains("META-INF/manifest.xml") {
            return try ODSReader.read(package, limits: limits)  // an ODF file without `mimetype`
        }
        let what: String
        if package.contains("xl/workbook.bin") {
            what =
                "to binarny skoroszyt programu Excel (.xlsb), którego ten program nie odczytuje; otwórz go w Excelu "
                + "i zapisz jako skoroszyt programu Excel (.xlsx)"
        } else if package.contains("word/document.xml") {
            what =
                "to dokument programu Word, a nie arkusz; lista musi być arkuszem programu Excel lub Calc (.xlsx, .ods) albo plikiem .csv"
        } else if package.contains("ppt/presentation.xml") {
            what =
                "to prezentacja programu PowerPoint, a nie arkusz; lista musi być arkuszem programu Excel lub Calc "
                + "(.xlsx, .ods) albo plikiem .csv"
        } else {
            what = "to archiwum ZIP, a nie arkusz; rozpakuj je albo zapisz listę jako .xlsx, .ods lub .csv"
        }
        throw SheetError(place, .notASpreadsheet(what))
    }

    static func read(_ entry: String, from package: Package) throws(SheetError) -> [UInt8] {
        do {
            return try package.read(entry)
        } catch {
            throw packageError(error, file: package.name)
        }
    }

    /// `PackageError` speaks of Word and OpenDocument templates when an archive cannot be
    /// opened; for a list the office worker needs to hear that the spreadsheet is broken.
    static func packageError(_ error: PackageError, file: String) -> SheetError {
        let place = SheetLocation(file: file)
        switch error {
        case .notAZipPackage:
            return SheetError(
                place,
                .damaged(
                    "zaczyna się jak plik .xlsx lub .ods (archiwum ZIP), ale nie da się go otworzyć, być może dlatego, że "
                        + "nie został w całości skopiowany lub pobrany"))
        case .missingEntry(_, let entry):
            return SheetError(place, .damaged("brak części \(entry)"))
        default:
            return SheetError(place, .package(error))
        }
    }

    // MARK: - Files

    static func fileExtension(_ name: String) -> String {
        let file = name.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return "" }
        return file[file.index(after: dot)...].lowercased()
    }

    /// Reads a whole file with plain system calls, so the reason for a failure survives into
    /// the message and an oversized file is refused before it is read.
    static func load(_ path: String, limit: Int) throws(SheetError) -> [UInt8] {
        let place = SheetLocation(file: path)
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SheetError(place, .unreadable(reason(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw SheetError(place, .unreadable(reason(errno))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw SheetError(place, .unreadable(reason(EISDIR))) }
        let size = Int(info.st_size)
        guard size <= limit else { throw SheetError(place, .fileTooLarge(size: size, limit: limit)) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        var failure: Int32 = 0
        bytes.withUnsafeMutableBytes { buffer in
            while filled < size {
                let n = systemRead(fd, buffer.baseAddress! + filled, size - filled)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { break }  // the file shrank while being read: use what is there
                filled += n
            }
        }
        if failure != 0 { throw SheetError(place, .unreadable(reason(failure))) }
        if filled < size { bytes.removeSubrange(filled...) }
        return bytes
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: return "plik nie istnieje"
        case EACCES, EPERM: return "brak uprawnień do odczytu"
        case EISDIR: return "to jest folder, a nie plik"
        case EIO: return "dysk zgłosił błąd podczas odczytu"
        case ENAMETOOLONG: return "nazwa pliku jest za długa"
        default: return "system zgłosił: " + String(cString: strerror(code)).lowercased()
        }
    }
}

/// `read(2)`, named apart from `SheetReader.read`.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}

extension String {
    /// Trims the given characters from both ends.
    func trimming(_ set: String) -> String {
        let trim = Set(set.unicodeScalars)
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !trim.contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !trim.contains($0) })!
        return String(scalars[first...last])
    }
}
