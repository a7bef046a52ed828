/// A spreadsheet file read into memory: every sheet with its non-empty cells and their exact
/// positions, so that later stages can say "uczestnicy.xlsx, sheet Uczestnicy, row 14,
/// column C: …" about any value they take from it.
public struct Workbook: Sendable {
    /// The path (or the name given to `SheetReader.read(bytes:name:)`), as the caller wrote it;
    /// messages start with it.
    public let file: String
    public let format: SheetFormat
    /// In the order of the tabs. A CSV file is one sheet named after the file.
    public let sheets: [Sheet]

    /// The sheet with exactly this name, or else the one whose name differs only in letter
    /// case: Excel and LibreOffice refuse two sheets whose names differ only so, and people
    /// type "uczestnicy" for the tab "Uczestnicy".
    public func sheet(named name: String) -> Sheet? {
        if let exact = sheets.first(where: { $0.name == name }) { return exact }
        let lowered = name.lowercased()
        return sheets.first { $0.name.lowercased() == lowered }
    }
}

/// What kind of file the workbook was read from, decided by content, not by extension.
public enum SheetFormat: String, Sendable, Equatable {
    /// Office Open XML (.xlsx, .xlsm), written by Excel, LibreOffice and others.
    case xlsx
    /// OpenDocument spreadsheet (.ods, and the single-file .fods).
    case ods
    /// Comma/semicolon/tab-separated text. Every value is `.text`.
    case csv
}

/// One sheet (tab) of a workbook.
///
/// Only rows holding at least one non-empty cell are kept, so an empty row in the middle of a
/// list costs nothing and never looks like a participant without data; the rows that are kept
/// carry their real numbers, so the person after an empty row 4 is still row 5.
public struct Sheet: Sendable {
    public let file: String
    public let name: String
    public let format: SheetFormat
    /// Ascending by `number`, without empty rows.
    public let rows: [SheetRow]

    public init(file: String, name: String, format: SheetFormat, rows: [SheetRow]) {
        self.file = file
        self.name = name
        self.format = format
        self.rows = rows
    }

    /// The row with this number, or nil when it is empty or beyond the data (binary search).
    public func row(_ number: Int) -> SheetRow? {
        var low = 0, high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if rows[middle].number < number { low = middle + 1 } else { high = middle }
        }
        return low < rows.count && rows[low].number == number ? rows[low] : nil
    }

    /// Where a row or cell of this sheet is, for messages.
    public func location(row: Int? = nil, column: Int? = nil) -> SheetLocation {
        SheetLocation(file: file, format: format, sheet: format == .csv ? nil : name, row: row, column: column)
    }
}

/// A row that holds at least one non-empty cell.
public struct SheetRow: Sendable, Equatable {
    /// 1-based, as the spreadsheet program shows it in the row header. For CSV it is the line
    /// of the file on which the record starts (a quoted value can span several lines), which
    /// is what messages call it ("line 6").
    public let number: Int
    /// Non-empty cells only, ascending by column.
    public let cells: [SheetCell]

    public init(number: Int, cells: [SheetCell]) {
        self.number = number
        self.cells = cells
    }

    /// The value in a column (1-based), `.empty` when that cell is empty.
    public subscript(column: Int) -> CellValue {
        var low = 0, high = cells.count
        while low < high {
            let middle = (low + high) / 2
            if cells[middle].column < column { low = middle + 1 } else { high = middle }
        }
        return low < cells.count && cells[low].column == column ? cells[low].value : .empty
    }

    /// The value in a column given by letters ("C"), `.empty` when empty or not a column name.
    public subscript(letters: String) -> CellValue {
        guard let column = SheetColumn.number(letters) else { return .empty }
        return self[column]
    }
}

public struct SheetCell: Sendable, Equatable {
    /// 1-based: A is 1.
    public let column: Int
    /// Never `.empty`: empty cells are not stored.
    public let value: CellValue

    public init(column: Int, value: CellValue) {
        self.column = column
        self.value = value
    }

    /// "A", "Z", "AA", as the program labels the column.
    public var columnLetters: String { SheetColumn.letters(column) }
}

/// A cell's value as the file stores it, without interpretation by the reader: "00123" typed
/// as text stays text, and CSV values are always text (the caller decides what a column means).
public enum CellValue: Sendable, Hashable {
    case empty
    case text(String)
    /// Numbers, percentages (0.15 for 15%), currency amounts, and elapsed durations such as
    /// Excel's `[h]:mm` (in days, as the file stores them).
    case number(Double)
    /// A cell formatted as a date (with or without a time of day).
    case date(SheetDate)
    /// A cell formatted as a time of day only, such as 09:30.
    case time(SheetTime)
    case bool(Bool)
    /// A formula error the program shows in the cell ("#N/A", "#DIV/0!"): kept apart from
    /// text so that it is reported, never taken for a name or an address.
    case error(String)

    public var isEmpty: Bool { self == .empty }

    /// The text if this is `.text`, otherwise nil.
    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    /// A locale-independent rendering for matching and messages: text as it is, whole numbers
    /// without a decimal point ("14"), other numbers in the shortest exact form with a dot
    /// ("3.5"), dates as ISO 8601 ("2026-03-05", "2026-03-05 09:30"), booleans as
    /// "TRUE"/"FALSE", errors as shown ("#N/A"), empty as "".
    public var plainText: String {
        switch self {
        case .empty: return ""
        case .text(let text): return text
        case .number(let number):
            if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
            return String(number)
        case .date(let date): return date.description
        case .time(let time): return time.description
        case .bool(let value): return value ? "TRUE" : "FALSE"
        case .error(let shown): return shown
        }
    }
}
