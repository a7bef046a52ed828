/// A place in a spreadsheet file as a person finds it: the file, the sheet tab, the row number
/// in the row header and the column letters. `description` is the prefix of every message:
/// "uczestnicy.xlsx, arkusz Uczestnicy, wiersz 14, kolumna C". For CSV files, which have no sheets
/// and are read in text editors as often as in Excel, rows are called lines ("linia"):
/// "uczestnicy.csv, linia 6, kolumna E".
public struct SheetLocation: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let format: SheetFormat?
    public let sheet: String?
    public let row: Int?
    public let column: Int?

    public init(file: String, format: SheetFormat? = nil, sheet: String? = nil, row: Int? = nil, column: Int? = nil) {
        self.file = file
        self.format = format
        self.sheet = sheet
        self.row = row
        self.column = column
    }

    public var description: String {
        var text = file
        if let sheet { text += ", arkusz \(sheet)" }
        if let row { text += format == .csv ? ", linia \(row)" : ", wiersz \(row)" }
        if let column { text += ", kolumna \(SheetColumn.letters(column))" }
        return text
    }
}
