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
    public static func read(bytes: [UInt8], name: String, limits: SheetLimits = .default) throws(SheetError) -> Workbook {
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
            throw SheetError(place, .notASpreadsheet(
                "is in the old Excel 97–2003 format (.xls) or is protected with a password; open it in Excel, "
                    + "remove the password if there is one, and save it as an Excel workbook (.xlsx)"))
        }
        if ext == "fods" {
            return try ODSReader.readFlat(bytes, file: name, limits: limits)
        }
        switch ext {
        case "csv", "txt", "tsv", "tab":
            return try CSVReader.read(bytes, file: name, limits: limits)
        case "xlsx", "xlsm", "xltx", "xltm", "ods", "ots":
            if bytes.isEmpty {
                throw SheetError(place, .damaged("the file is empty (0 bytes), perhaps because it was not copied completely"))
            }
            throw SheetError(place, .notASpreadsheet(
                "is not a real .\(ext) file: its content is not a zip archive, as every .\(ext) file is "
                    + "(perhaps a text file was renamed); open it in the program that made it and save it as .\(ext) again"))
        case "xls":
            // Web systems export HTML tables named .xls; Excel opens them with a warning.
            throw SheetError(place, .notASpreadsheet(
                "is not an Excel workbook but a web page or text file named .xls; open it in Excel and save it "
                    + "as an Excel workbook (.xlsx)"))
        default:
            throw SheetError(place, .notASpreadsheet(
                "is not a spreadsheet this program reads; save the list as .xlsx, .ods or .csv"))
        }
    }

    // MARK: - Zip packages

    static let odsMimetypes: Set<String> = [
        "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.oasis.opendocument.spreadsheet-template",
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
                throw SheetError(place, .notASpreadsheet(
                    "is an OpenDocument \(mimetype.dropFirst("application/vnd.oasis.opendocument.".count)) file, "
                        + "not a spreadsheet; the list must be a Calc or Excel sheet (.ods, .xlsx) or .csv"))
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
            what = "is an Excel binary workbook (.xlsb), which this program does not read; open it in Excel and "
                + "save it as an Excel workbook (.xlsx)"
        } else if package.contains("word/document.xml") {
            what = "is a Word document, not a spreadsheet; the list must be an Excel or Calc sheet (.xlsx, .ods) or .csv"
        } else if package.contains("ppt/presentation.xml") {
            what = "is a PowerPoint presentation, not a spreadsheet; the list must be an Excel or Calc sheet "
                + "(.xlsx, .ods) or .csv"
        } else {
            what = "is a zip archive but not a spreadsheet; unpack it, or save the list as .xlsx, .ods or .csv"
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
            return SheetError(place, .damaged(
                "it starts like an .xlsx or .ods file (a zip archive) but cannot be opened, perhaps because it was "
                    + "not copied or downloaded completely"))
        case .missingEntry(_, let entry):
            return SheetError(place, .damaged("the part \(entry) is missing"))
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
        case ENOENT, ENOTDIR: return "the file does not exist"
        case EACCES, EPERM: return "no permission to read it"
        case EISDIR: return "it is a folder, not a file"
        case EIO: return "the disk reported an error while reading it"
        case ENAMETOOLONG: return "the file name is too long"
        default: return "the system reported: " + String(cString: strerror(code)).lowercased()
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
