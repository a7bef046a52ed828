import Foundation
import Testing
import ZitSheets

@testable import ZitProject

/// Each problem of a list's row at its own cell: the web page shows every one in its cell, so a
/// row with two mistakes gets two problems and each names the column it is in.
@Suite struct ProblemCellTests {
    enum ListFormat: String, CaseIterable {
        case csv, xlsx
    }

    /// The test project with rows planted in both lists, saved as .csv or .xlsx.
    static func project(_ format: ListFormat) throws -> String {
        var participants = TestProject.participantsCSV
        participants += "U4;Anna;Nowak;X;UM-NIGDZIE;;;ZIT\n"  // line 5: unknown sex and unknown institution
        var attendance = TestProject.attendanceCSV
        attendance += "U2;W42;2025-07-01;podpis\n"  // line 24: unknown event
        attendance += "U2;W1;2025-07-02;podpis\n"  // line 25: not a day of W1
        attendance += "U99;W43;2025-07-01;podpis\n"  // line 26: unknown person and unknown event
        attendance += "U2;W44;2025-07-01;nie wiem\n"  // line 27: unknown evidence and unknown event
        attendance += "U4;W1;2025-07-01;podpis\n"  // line 28: right; U4's own row has the mistakes
        let folder = try TestProject(replacing: ["uczestnicy.csv": participants, "obecnosci.csv": attendance]).folder
        guard format == .xlsx else { return folder }
        for (base, sheet, text) in [("uczestnicy", "Uczestnicy", participants), ("obecnosci", "Obecności", attendance)]
        {
            let rows = text.split(separator: "\n").map {
                $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            }
            try FileManager.default.removeItem(atPath: folder + "/\(base).csv")
            try SheetWriter.xlsx(
                sheetName: sheet, header: rows[0], rows: Array(rows.dropFirst()), to: folder + "/\(base).xlsx")
        }
        return folder
    }

    struct Cell: Equatable, CustomStringConvertible {
        var file: String
        var sheet: String?
        var row: Int?
        var column: String?
        var message: String

        var description: String { "\(file) \(sheet ?? "-") \(column ?? "-")\(row.map(String.init) ?? "-"): \(message)" }
    }

    static func cells(_ format: ListFormat) throws -> [Cell] {
        ProjectLoader.load(folder: try project(format)).errors.map {
            Cell(file: $0.file, sheet: $0.sheet, row: $0.row, column: $0.column, message: $0.message)
        }
    }

    @Test(arguments: ListFormat.allCases)
    func aParticipantWithTwoMistakesGetsBothEachInItsCell(format: ListFormat) throws {
        let file = "uczestnicy.\(format)", sheet = format == .xlsx ? "Uczestnicy" : nil
        let found = try Self.cells(format).filter { $0.file == file }
        #expect(
            found == [
                Cell(
                    file: file, sheet: sheet, row: 5, column: "D",
                    message:
                        "„X” nie jest oznaczeniem płci, które rozumieją dokumenty; wpisz K lub M albo zostaw komórkę pustą, jeśli płci nie podano."
                ),
                Cell(
                    file: file, sheet: sheet, row: 5, column: "E",
                    message: "instytucji UM-NIGDZIE, z której jest Anna Nowak, nie ma w pliku instytucje.yaml.")
            ])
    }

    @Test(arguments: ListFormat.allCases)
    func attendanceProblemsNameTheCellOfTheEventTheDateAndThePerson(format: ListFormat) throws {
        let file = "obecnosci.\(format)", sheet = format == .xlsx ? "Obecności" : nil
        let found = try Self.cells(format).filter { $0.file == file }
        #expect(
            found == [
                Cell(
                    file: file, sheet: sheet, row: 27, column: "D",
                    message:
                        "„nie wiem” nie jest rodzajem potwierdzenia obecności przyjętym w projekcie; wpisz jedno z: „podpis”, „log platformy”, „e-mail”."
                ),
                Cell(
                    file: file, sheet: sheet, row: 24, column: "B",
                    message: "wydarzenia W42 nie ma w pliku wydarzenia.yaml."),
                Cell(
                    file: file, sheet: sheet, row: 25, column: "C",
                    message: "wydarzenie W1 nie odbywało się w dniu 2025-07-02 (dni wydarzenia: 2025-07-01)."),
                Cell(
                    file: file, sheet: sheet, row: 26, column: "A",
                    message:
                        "osoby o identyfikatorze U99 nie ma na liście uczestników (uczestnicy); dopisz ją do listy albo popraw identyfikator."
                ),
                Cell(
                    file: file, sheet: sheet, row: 26, column: "B",
                    message: "wydarzenia W43 nie ma w pliku wydarzenia.yaml."),
                Cell(
                    file: file, sheet: sheet, row: 27, column: "B",
                    message: "wydarzenia W44 nie ma w pliku wydarzenia.yaml.")
            ])
    }

    /// The line `check` prints is made of the same parts.
    @Test func theLineNamesFileSheetRowAndColumn() throws {
        let problem = try #require(
            ProjectLoader.load(folder: try Self.project(.xlsx)).errors.first { $0.column == "E" })
        #expect(
            problem.description
                == "uczestnicy.xlsx, arkusz Uczestnicy, wiersz 5, kolumna E: instytucji UM-NIGDZIE, z której jest Anna Nowak, nie ma w pliku instytucje.yaml."
        )
        #expect(problem.line == nil && problem.field == nil)
    }

    @Test func aYAMLProblemHasALineAndAFieldButNoCell() throws {
        let events = TestProject.eventsYAML.replacingOccurrences(
            of: #"data: "2025-07-01""#, with: #"data: "2025-02-30""#)
        let folder = try TestProject(replacing: ["wydarzenia.yaml": events]).folder
        let problem = try #require(ProjectLoader.load(folder: folder).errors.first)
        #expect(problem.file == "wydarzenia.yaml")
        #expect(problem.line == 9 && problem.field == "data")
        #expect(problem.sheet == nil && problem.row == nil && problem.column == nil)
    }
}
