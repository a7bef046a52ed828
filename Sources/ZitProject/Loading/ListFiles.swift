import Foundation
import ZitSheets

/// A list the office keeps as a spreadsheet: found by its name with any of the formats.
enum ListFiles {
    static let extensions = ["xlsx", "ods", "csv"]

    /// The sheet holding the list: the one named like the list, else the first.
    static func sheet(named base: String, sheetName: String, in folder: String, log: inout ProblemLog) -> (
        Sheet, SourceLocation
    )? {
        let candidates = extensions.map { "\(base).\($0)" }
            .filter { FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent($0)) }
        guard let file = candidates.first else {
            log.error(
                "brak tej listy; zapisz ją jako jeden z plików: \(extensions.map { "\(base).\($0)" }.joined(separator: ", ")).",
                at: SourceLocation(file: "\(base).xlsx"))
            return nil
        }
        if candidates.count > 1 {
            log.error(
                "ta lista jest w kilku wersjach (\(candidates.joined(separator: ", "))); zostaw tylko jedną, żeby dane nie zostały odczytane z niewłaściwej.",
                at: SourceLocation(file: file))
            return nil
        }
        let workbook: Workbook
        do {
            workbook = try SheetReader.read(contentsOf: (folder as NSString).appendingPathComponent(file))
        } catch {
            log.error(error.description, at: SourceLocation(file: file))
            return nil
        }
        let chosen =
            workbook.sheets.first { ColumnMap.key($0.name) == ColumnMap.key(sheetName) } ?? workbook.sheets.first
        guard let sheet = chosen else {
            log.error("skoroszyt nie zawiera żadnego arkusza.", at: SourceLocation(file: file))
            return nil
        }
        let isCSV = file.hasSuffix(".csv")
        return (sheet, SourceLocation(file: file, sheet: isCSV ? nil : sheet.name, isList: true))
    }
}
