import ZitPackage

/// Why a spreadsheet could not be read, and where.
///
/// `description` is one plain English sentence for the office worker who sent the file: it
/// starts with the place (`SheetLocation`: file, and sheet, row and column when known) and
/// says what to do when there is something to do.
public struct SheetError: Error, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// The file could not be read at all; the text says why ("it does not exist").
        case unreadable(String)
        /// The content is some other kind of file; the text says which and what to do.
        case notASpreadsheet(String)
        /// The file is a spreadsheet whose structure is broken; the text says what is wrong.
        case damaged(String)
        /// Refused by the zip package checks (size limits, zip bombs, unsafe part names).
        case package(PackageError)
        /// A CSV quoted value whose closing quotation mark never comes; `line` is where the
        /// value began (the location's row is where the record began).
        case unterminatedQuote(line: Int)
        /// A CSV file that is neither UTF-8 nor Windows-1250 (`byte` could not be decoded).
        case unknownEncoding(byte: UInt8)
        case tooManyRows(limit: Int)
        case tooManyCells(limit: Int)
        case textTooLong(limit: Int)
        case beyondLastColumn(limit: Int)
        case fileTooLarge(size: Int, limit: Int)
        /// A header row without a required column, or with a wanted one twice (`HeaderMap`).
        case header(HeaderProblem)
    }

    public let location: SheetLocation
    public let reason: Reason

    public init(_ location: SheetLocation, _ reason: Reason) {
        self.location = location
        self.reason = reason
    }

    public var file: String { location.file }

    public var description: String {
        let place = location.description
        switch reason {
        case .unreadable(let why):
            return "\(place) could not be opened: \(why)."
        case .notASpreadsheet(let what):
            return "\(place) \(what)."
        case .damaged(let what):
            return "\(place) is damaged: \(what)."
        case .package(let error):
            return error.description
        case .unterminatedQuote(let line):
            return "\(place): the quotation mark that opens the value on line \(line) is never closed, "
                + "so the rest of the file would become one cell; add the closing \" or remove the opening one."
        case .unknownEncoding(let byte):
            let hex = String(byte, radix: 16, uppercase: true)
            return "\(place): the text is neither UTF-8 nor Windows-1250 (byte 0x\(hex.count == 1 ? "0" + hex : hex) "
                + "means nothing in either); save it again as \"CSV UTF-8\"."
        case .tooManyRows(let limit):
            return "\(place) has more than \(Self.count(limit)) rows with data, more than this program reads; "
                + "the file is refused."
        case .tooManyCells(let limit):
            return "\(place): the file has more than \(Self.count(limit)) filled cells, more than this program "
                + "reads; the file is refused."
        case .textTooLong(let limit):
            return "\(place): the text is longer than the \(Self.count(limit)) characters a spreadsheet cell holds; "
                + "the file is refused."
        case .beyondLastColumn(let limit):
            return "\(place): a value stands beyond column \(SheetColumn.letters(limit)), the last one a "
                + "spreadsheet has, so the file is damaged or was made to be harmful; it is refused."
        case .header(let problem):
            return "\(place): \(problem)."
        case .fileTooLarge(let size, let limit):
            return "\(place) is \(Self.megabytes(size)), larger than the \(Self.megabytes(limit)) this program "
                + "reads; the file is refused."
        }
    }

    /// Thousands grouped with commas, as in the rest of the program's English messages.
    static func count(_ value: Int) -> String { PlainWords.count(value) }

    /// "512 bytes", "20 KB", "1.5 MB", "256 MB".
    static func megabytes(_ bytes: Int) -> String {
        if bytes < 1 << 10 { return bytes == 1 ? "1 byte" : "\(bytes) bytes" }
        if bytes < 1 << 20 { return "\(count((bytes + 1023) >> 10)) KB" }
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return tenths % 10 == 0 ? "\(count(tenths / 10)) MB" : "\(count(tenths / 10)).\(tenths % 10) MB"
    }
}
