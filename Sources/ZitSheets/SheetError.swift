import ZitPackage

/// Why a spreadsheet could not be read, and where.
///
/// `description` is one plain Polish sentence for the office worker who sent the file: it
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
            return "\(place): nie można otworzyć pliku (\(why))."
        case .notASpreadsheet(let what):
            return "\(place): \(what)."
        case .damaged(let what):
            return "\(place): plik jest uszkodzony – \(what)."
        case .package(let error):
            return error.description
        case .unterminatedQuote(let line):
            return "\(place): cudzysłów otwierający wartość w linii \(line) nie jest nigdzie zamknięty, "
                + "więc cała reszta pliku trafiłaby do jednej komórki; dopisz zamykający znak \" albo usuń otwierający."
        case .unknownEncoding(let byte):
            let hex = String(byte, radix: 16, uppercase: true)
            return
                "\(place): tekst nie jest zapisany ani w UTF-8, ani w Windows-1250 (bajt 0x\(hex.count == 1 ? "0" + hex : hex) "
                + "nie oznacza w nich żadnego znaku); zapisz plik ponownie jako „CSV UTF-8”."
        case .tooManyRows(let limit):
            return
                "\(place): jest tu więcej wierszy z danymi, niż ten program odczytuje (najwyżej \(Self.count(limit))); "
                + "plik odrzucono."
        case .tooManyCells(let limit):
            return "\(place): plik ma więcej wypełnionych komórek, niż ten program odczytuje "
                + "(najwyżej \(Self.count(limit))); plik odrzucono."
        case .textTooLong(let limit):
            return
                "\(place): tekst jest dłuższy, niż może pomieścić komórka arkusza (limit znaków: \(Self.count(limit))); "
                + "plik odrzucono."
        case .beyondLastColumn(let limit):
            return "\(place): wartość znajduje się za kolumną \(SheetColumn.letters(limit)), ostatnią kolumną, "
                + "jaką może mieć arkusz, więc plik jest uszkodzony albo celowo przygotowany, by zaszkodzić; plik odrzucono."
        case .header(let problem):
            return "\(place): \(problem)."
        case .fileTooLarge(let size, let limit):
            return "\(place): plik ma rozmiar \(Self.megabytes(size)), a ten program odczytuje pliki "
                + "do \(Self.megabytes(limit)); plik odrzucono."
        }
    }

    /// Thousands grouped with spaces, as in the rest of the program's (Polish) messages.
    static func count(_ value: Int) -> String { PlainWords.count(value) }

    /// "512 B", "20 KB", "1,5 MB", "256 MB".
    static func megabytes(_ bytes: Int) -> String {
        if bytes < 1 << 10 { return bytes == 1 ? "1 B" : "\(bytes) B" }
        if bytes < 1 << 20 { return "\(count((bytes + 1023) >> 10)) KB" }
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return tenths % 10 == 0 ? "\(count(tenths / 10)) MB" : "\(count(tenths / 10)),\(tenths % 10) MB"
    }
}
