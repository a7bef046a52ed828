import ArgumentParser
import Foundation
import Testing
import ZitRegister
import ZitSheets
@testable import ZitCLI

@Suite struct RegisterCommandTests {
    let project = NSTemporaryDirectory() + "zitdocs-register-cli-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: project, withIntermediateDirectories: true)
        let register = try CertificateRegister(folder: project)
        let requests = [("U1", "Łucja Żak"), ("U2", "Zofia O'Neill; \"Zosia\"")].map { id, name in
            CertificateRegister.Request(participant: id, subject: "WZP-2", series: "WZP", year: 2026, name: name)
        }
        let numbers = try register.numbers(for: requests, scheme: "{nr}/{rok}/{seria}", today: "2026-10-07")
        try register.confirm(Array(numbers.values))
    }

    func run(_ arguments: [String]) throws {
        var command = try Zitdocs.parseAsRoot(["register"] + arguments + ["--project", project])
        try command.run()
    }

    @Test func exportWritesACSVPolishExcelOpens() throws {
        try run(["cancel", "1/2026/WZP", "--reason", "błąd w nazwisku"])
        try run(["export", "--output", project + "/rejestr.csv"])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: project + "/rejestr.csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines[0] == "Numer;Data wydania;Uczestnik;Imię i nazwisko;Dotyczy;Status;Powód anulowania")
        #expect(lines.contains { $0.hasPrefix("2/2026/WZP;2026-10-07;") && $0.contains("\"Zofia O'Neill; \"\"Zosia\"\"\"") })
        #expect(lines.contains { $0.contains(";anulowane;błąd w nazwisku") })
    }

    @Test func exportToExcelReadsBackThroughTheSheetReader() throws {
        try run(["export", "--output", project + "/rejestr.xlsx"])
        let workbook = try SheetReader.read(contentsOf: project + "/rejestr.xlsx")
        let sheet = try #require(workbook.sheets.first)
        #expect(sheet.name == "Rejestr zaświadczeń")
        #expect(sheet.rows.count == 3)
        #expect(sheet.rows[0]["A"].plainText == "Numer")
        #expect(sheet.rows[2]["D"].plainText == "Zofia O'Neill; \"Zosia\"")
    }

    @Test func cancellingAnUnknownNumberFails() throws {
        #expect(throws: ExitCode.failure) { try run(["cancel", "99/2026/WZP", "--reason", "x"]) }
    }
}
