import ArgumentParser
import Foundation
import Testing
import ZitSheets

@testable import ZitCLI

/// `zitdocs check` on the sample project and on a copy with a mistake planted in it.
@Suite struct CheckCommandTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/projekt").path

    @Test func theSampleProjectPasses() throws {
        var command = try Zitdocs.parseAsRoot(["check", "--project", Self.sample])
        try command.run()
    }

    @Test func aPlantedMistakeFailsTheCheck() throws {
        let copy = NSTemporaryDirectory() + "zitdocs-check-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: Self.sample, toPath: copy)
        let events = copy + "/wydarzenia.yaml"
        let text = try String(contentsOfFile: events, encoding: .utf8)
        let planted = try #require(text.range(of: "organizator: JG"))
        try text.replacingCharacters(in: planted, with: "organizator: XX").write(
            toFile: events, atomically: true, encoding: .utf8)
        var command = try Zitdocs.parseAsRoot(["check", "--project", copy])
        #expect(throws: ExitCode.failure) { try command.run() }
    }

    /// A copy of the sample project whose two lists end with planted rows, saved as .xlsx or .csv.
    static func plantedProject(_ format: String) throws -> (folder: String, rows: [String: Int]) {
        let copy = NSTemporaryDirectory() + "zitdocs-check-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: sample, toPath: copy)
        var firstPlanted: [String: Int] = [:]
        let plants: [(String, [[String: String]])] = [
            (
                "uczestnicy",
                [
                    [
                        "ID": "NOWA-1", "Imię": "Anna", "Nazwisko": "Nowak", "Płeć": "X", "Instytucja": "UM-NIGDZIE",
                        "Grupa docelowa": "ZIT"
                    ]
                ]
            ),
            (
                "obecnosci",
                [
                    ["Wydarzenie": "W-NIE-MA", "Data": "2025-03-20", "Potwierdzenie": "podpis"],
                    ["Wydarzenie": "INAUG", "Data": "2025-03-21", "Potwierdzenie": "podpis"]
                ]
            )
        ]
        for (base, planted) in plants {
            let sheet = try #require(try SheetReader.read(contentsOf: copy + "/\(base).xlsx").sheets.first)
            let width = sheet.rows.flatMap(\.cells).map(\.column).max() ?? 0
            var rows = sheet.rows.filter { $0.cells.contains { !$0.value.isEmpty } }.map { row in
                (1...width).map { row[$0].plainText }
            }
            let header = rows[0]
            let someone = rows[1][try #require(header.firstIndex(of: "ID") ?? header.firstIndex(of: "Uczestnik"))]
            firstPlanted[base] = rows.count + 1
            for values in planted {
                rows.append(header.map { values[$0] ?? ($0 == "Uczestnik" ? someone : "") })
            }
            try FileManager.default.removeItem(atPath: copy + "/\(base).xlsx")
            if format == "xlsx" {
                try SheetWriter.xlsx(
                    sheetName: sheet.name, header: header, rows: Array(rows.dropFirst()), to: copy + "/\(base).xlsx")
            } else {
                try rows.map { $0.joined(separator: ";") }.joined(separator: "\n").write(
                    toFile: copy + "/\(base).csv", atomically: true, encoding: .utf8)
            }
        }
        return (copy, firstPlanted)
    }

    /// What a new user's mistakes look like on the screen: every problem of a row, each at the
    /// cell it is in (the web page marks each cell).
    @Test(arguments: ["xlsx", "csv"])
    func everyProblemOfARowIsPrintedAtItsOwnCell(format: String) throws {
        guard FileManager.default.isExecutableFile(atPath: RegisterProcessTests.program) else {
            Issue.record("zitdocs is not built"); return
        }
        let (folder, rows) = try Self.plantedProject(format)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RegisterProcessTests.program)
        process.arguments = ["check", "--project", folder]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        let participant = try #require(rows["uczestnicy"]), attendance = try #require(rows["obecnosci"])
        let lines = text.split(separator: "\n").map(String.init)
        func place(_ base: String, _ sheet: String, row: Int, column: String) -> String {
            format == "xlsx"
                ? "\(base).xlsx, arkusz \(sheet), wiersz \(row), kolumna \(column)"
                : "\(base).csv, linia \(row), kolumna \(column)"
        }
        let expected = [
            place("uczestnicy", "Uczestnicy", row: participant, column: "D")
                + ": „X” nie jest oznaczeniem płci, które rozumieją dokumenty; wpisz K lub M albo zostaw komórkę pustą, jeśli płci nie podano.",
            place("uczestnicy", "Uczestnicy", row: participant, column: "E")
                + ": instytucji UM-NIGDZIE, z której jest Anna Nowak, nie ma w pliku instytucje.yaml.",
            place("obecnosci", "Obecności", row: attendance, column: "B")
                + ": wydarzenia W-NIE-MA nie ma w pliku wydarzenia.yaml.",
            place("obecnosci", "Obecności", row: attendance + 1, column: "C")
                + ": wydarzenie INAUG nie odbywało się w dniu 2025-03-21 (dni wydarzenia: 2025-03-20)."
        ]
        for line in expected { #expect(lines.contains(line), "\(line)\n\(text)") }
        #expect(lines.contains { $0.hasPrefix("4 błędy") }, "\(text)")
    }
}
