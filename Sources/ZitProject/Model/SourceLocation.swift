/// Where a piece of data was read, so a problem can be found and fixed by a person.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// The sheet of a workbook.
    public var sheet: String?
    /// 1-based line of a YAML file or row of a sheet.
    public var line: Int?
    /// Column letters of a list ("C") or the YAML key.
    public var column: String?
    /// A spreadsheet or CSV list (rows and lettered columns) rather than a YAML file.
    public var isList: Bool

    public init(file: String, sheet: String? = nil, line: Int? = nil, column: String? = nil, isList: Bool = false) {
        self.file = file
        self.sheet = sheet
        self.line = line
        self.column = column
        self.isList = isList || sheet != nil
    }

    public var description: String {
        var parts = [file]
        if let sheet { parts.append("arkusz \(sheet)") }
        if let line { parts.append(sheet == nil ? "linia \(line)" : "wiersz \(line)") }
        if let column { parts.append(isList ? "kolumna \(column)" : "pole „\(column)”") }
        return parts.joined(separator: ", ")
    }
}
