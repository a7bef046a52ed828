import Foundation
import ZitPolish
import ZitSheets

/// Finds the columns of a list by their headers as people type them: "Imię", "imie", " IMIĘ "
/// and "Imie:" are the same column.
struct ColumnMap {
    private var columns: [String: Int] = [:]
    let headerRow: Int

    /// The same folding as the sheet reader's header keys, so both agree on what matches.
    static func key(_ header: String) -> String { HeaderKey(header).folded }

    /// Reads the header row (the first row with any text) and reports missing required columns.
    init?(sheet: Sheet, required: [String], location: SourceLocation, log: inout ProblemLog) {
        guard let header = sheet.rows.first(where: { row in row.cells.contains { !$0.value.isEmpty } }) else {
            log.error(
                "lista jest pusta; pierwszy wiersz musi zawierać nagłówki kolumn (\(required.joined(separator: ", "))).",
                at: location)
            return nil
        }
        headerRow = header.number
        var seen: [String: Int] = [:]
        for cell in header.cells {
            let key = Self.key(cell.value.plainText)
            guard !key.isEmpty else { continue }
            if let earlier = seen[key] {
                var place = location
                place.line = header.number
                place.column = cell.columnLetters
                log.error(
                    "kolumna „\(cell.value.plainText)” występuje dwa razy (także w kolumnie \(SheetColumn.letters(earlier))).",
                    at: place)
                continue
            }
            seen[key] = cell.column
        }
        columns = seen
        let missing = required.filter { seen[Self.key($0)] == nil }
        if !missing.isEmpty {
            var place = location
            place.line = header.number
            log.error(
                "w wierszu nagłówków brakuje kolumn: \(missing.map { "„\($0)”" }.joined(separator: ", ")).", at: place)
            return nil
        }
    }

    func column(_ header: String) -> Int? { columns[Self.key(header)] }

    func value(_ header: String, in row: SheetRow) -> CellValue {
        guard let column = column(header) else { return .empty }
        return row[column]
    }

    func text(_ header: String, in row: SheetRow) -> String {
        value(header, in: row).plainText.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func location(_ header: String, row: SheetRow, base: SourceLocation) -> SourceLocation {
        var place = base
        place.line = row.number
        place.column = column(header).map(SheetColumn.letters)
        return place
    }
}
