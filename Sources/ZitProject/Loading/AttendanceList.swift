import Foundation
import ZitPolish
import ZitSheets

/// obecnosci.xlsx/.ods/.csv: one row per person per day of an event, typed in from the signed sheets.
struct AttendanceList {
    static let base = "obecnosci"
    static let required = ["Uczestnik", "Wydarzenie", "Data", "Potwierdzenie"]

    var rows: [Attendance] = []
    /// What every row names, also a row with other mistakes, so that all of a row's problems
    /// are reported at once.
    var references: [AttendanceReferences] = []

    init(folder: String, log: inout ProblemLog) {
        guard let (sheet, base) = ListFiles.sheet(named: Self.base, sheetName: "Obecności", in: folder, log: &log),
            let columns = ColumnMap(sheet: sheet, required: Self.required, location: base, log: &log)
        else { return }
        for row in sheet.rows where row.number > columns.headerRow {
            guard row.cells.contains(where: { !$0.value.isEmpty }) else { continue }
            let at = { (header: String) in columns.location(header, row: row, base: base) }
            var complete = true
            for header in Self.required where columns.text(header, in: row).isEmpty {
                log.error("brak wartości w kolumnie „\(header)”.", at: at(header))
                complete = false
            }
            let date: CalendarDate?
            switch columns.value("Data", in: row) {
            case .date(let day): date = CalendarDate(year: day.year, month: day.month, day: day.day)
            case .text(let text): date = CalendarDate(iso: text.trimmingCharacters(in: .whitespaces)).map(\.dayOnly)
            case .empty: date = nil
            default: date = nil
            }
            if date == nil, !columns.text("Data", in: row).isEmpty {
                log.error(
                    "„\(columns.text("Data", in: row))” nie jest datą; użyj komórki z datą albo zapisz datę jako 2026-03-05 lub 05.03.2026.",
                    at: at("Data"))
                complete = false
            }
            let evidenceText = columns.text("Potwierdzenie", in: row)
            let evidence = Attendance.Evidence.allCases.first {
                ColumnMap.key($0.rawValue) == ColumnMap.key(evidenceText)
            }
            if evidence == nil, !evidenceText.isEmpty {
                let allowed = Attendance.Evidence.allCases.map { "„\($0.rawValue)”" }.joined(separator: ", ")
                log.error(
                    "„\(evidenceText)” nie jest rodzajem potwierdzenia obecności przyjętym w projekcie; wpisz jedno z: \(allowed).",
                    at: at("Potwierdzenie"))
                complete = false
            }
            let participant = columns.text("Uczestnik", in: row), event = columns.text("Wydarzenie", in: row)
            references.append(
                AttendanceReferences(
                    participant: participant.isEmpty ? nil : (ParticipantID(participant), at("Uczestnik")),
                    event: event.isEmpty ? nil : (EventID(event), at("Wydarzenie")),
                    date: date.map { ($0, at("Data")) }))
            guard complete, let date, let evidence else { continue }
            rows.append(
                Attendance(
                    participant: ParticipantID(columns.text("Uczestnik", in: row)),
                    event: EventID(columns.text("Wydarzenie", in: row)),
                    date: date, evidence: evidence, source: at("Uczestnik")))
        }
    }
}
