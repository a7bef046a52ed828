import ArgumentParser
import Foundation
import Testing
import ZitRegister
import ZitSheets

@testable import ZitCLI

@Suite final class RegisterCommandTests {
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

    deinit {
        try? FileManager.default.removeItem(atPath: project)
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
        #expect(
            lines[0] == "Numer;Data wydania;Uczestnik;Imię i nazwisko;Dotyczy;Status;Powód anulowania;"
                + "Wygenerował(a);Czas wygenerowania;Suma kontrolna SHA-256")
        #expect(
            lines.contains { $0.hasPrefix("2/2026/WZP;2026-10-07;") && $0.contains("\"Zofia O'Neill; \"\"Zosia\"\"\"") }
        )
        // Issued the way an older zitdocs did, without who wrote the documents and their checksums.
        #expect(lines.contains { $0.contains(";anulowane;błąd w nazwisku;—;—;—") })
        #expect(lines.contains { $0.hasPrefix("2/2026/WZP;") && $0.hasSuffix(";wydane;;—;—;—") })
    }

    @Test func exportShowsWhoWroteEachDocumentAndItsChecksum() throws {
        let checksum = String(repeating: "0123456789abcdef", count: 4)
        try CertificateRegister(folder: project).confirm(
            ["2/2026/WZP"], checksums: ["2/2026/WZP": checksum], generatedBy: "a.nowak", at: "2026-10-07T10:15:00+02:00"
        )
        try run(["export", "--output", project + "/rejestr.xlsx"])
        let sheet = try #require(try SheetReader.read(contentsOf: project + "/rejestr.xlsx").sheets.first)
        #expect(
            ["H", "I", "J"].map { sheet.rows[0][$0].plainText } == [
                "Wygenerował(a)", "Czas wygenerowania", "Suma kontrolna SHA-256"
            ])
        #expect(sheet.rows[1]["A"].plainText == "1/2026/WZP")
        #expect(["H", "I", "J"].map { sheet.rows[1][$0].plainText } == ["—", "—", "—"])
        #expect(sheet.rows[2]["A"].plainText == "2/2026/WZP")
        #expect(
            ["H", "I", "J"].map { sheet.rows[2][$0].plainText } == ["a.nowak", "2026-10-07T10:15:00+02:00", checksum])

        try run(["export", "--output", project + "/rejestr.csv"])
        let csv = String(
            decoding: try Data(contentsOf: URL(fileURLWithPath: project + "/rejestr.csv")).dropFirst(3), as: UTF8.self)
        #expect(csv.contains(";wydane;;a.nowak;2026-10-07T10:15:00+02:00;\(checksum)\r\n"))
    }

    @Test func anExportToAnUnknownKindOfFileIsRefused() throws {
        #expect(throws: ValidationError.self) { try run(["export", "--output", project + "/rejestr.pdf"]) }
        #expect(throws: ValidationError.self) { try run(["journal", "--output", project + "/dziennik.docx"]) }
        #expect(!FileManager.default.fileExists(atPath: project + "/rejestr.pdf"))
        #expect(!FileManager.default.fileExists(atPath: project + "/dziennik.docx"))
    }

    @Test func theJournalExportListsEveryRun() throws {
        let register = try CertificateRegister(folder: project)
        let data = String(repeating: "d", count: 64), template = String(repeating: "7", count: 64)
        try register.record(
            GenerationRun(
                startedAt: "2026-10-07T10:15:00+02:00", finishedAt: "2026-10-07T10:15:04+02:00",
                command: "generate certificates",
                user: "a.nowak", dataChecksum: data, templateChecksum: template,
                files: ["zaswiadczenie-WZP-2-Zak_Lucja.docx", "zaswiadczenie-WZP-2-O_Neill_Zofia.docx"]))
        try register.record(
            GenerationRun(
                startedAt: "2026-10-08T09:00:00+02:00", finishedAt: "2026-10-08T09:00:01+02:00",
                command: "generate attendance",
                user: "m.kowalczyk", dataChecksum: data, templateChecksum: template,
                files: ["lista-obecnosci-WZP-2.docx"]))
        let manifest = String(repeating: "m", count: 64)
        try register.record(
            GenerationRun(
                startedAt: "2026-10-09T12:00:00+02:00", finishedAt: "2026-10-09T12:00:30+02:00",
                command: "generate archive --period 2025-2", user: "biuro", dataChecksum: data,
                templateChecksum: template, files: ["archiwum-2025-2.zip"], manifestChecksum: manifest))

        try run(["journal", "--output", project + "/dziennik.xlsx"])
        let sheet = try #require(try SheetReader.read(contentsOf: project + "/dziennik.xlsx").sheets.first)
        #expect(sheet.name == "Dziennik generowania")
        #expect(sheet.rows.count == 4)
        let columns = ["A", "B", "C", "D", "E", "F", "G", "H", "I"]
        #expect(
            columns.map { sheet.rows[0][$0].plainText } == [
                "Początek", "Koniec", "Polecenie", "Użytkownik", "Suma kontrolna danych SHA-256",
                "Suma kontrolna szablonu SHA-256", "Liczba plików", "Zapisane pliki", "Suma kontrolna manifestu SHA-256"
            ])
        #expect(
            columns.map { sheet.rows[1][$0].plainText } == [
                "2026-10-07T10:15:00+02:00", "2026-10-07T10:15:04+02:00", "generate certificates", "a.nowak", data,
                template, "2",
                "zaswiadczenie-WZP-2-Zak_Lucja.docx, zaswiadczenie-WZP-2-O_Neill_Zofia.docx", ""
            ])
        #expect(sheet.rows[2]["C"].plainText == "generate attendance" && sheet.rows[2]["D"].plainText == "m.kowalczyk")
        #expect(
            sheet.rows[3]["C"].plainText == "generate archive --period 2025-2"
                && sheet.rows[3]["I"].plainText == manifest)

        try run(["journal", "--output", project + "/dziennik.csv"])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: project + "/dziennik.csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines.count == 5 && lines[4].isEmpty)
        #expect(lines[0].hasPrefix("Początek;Koniec;Polecenie;Użytkownik;"))
        #expect(
            lines[2]
                == "2026-10-08T09:00:00+02:00;2026-10-08T09:00:01+02:00;generate attendance;m.kowalczyk;\(data);\(template);1;lista-obecnosci-WZP-2.docx;"
        )
        #expect(lines[3].hasSuffix(";1;archiwum-2025-2.zip;\(manifest)"))
    }

    @Test func anEmptyJournalExportsItsHeaderOnly() throws {
        try run(["journal", "--output", project + "/dziennik.xlsx"])
        let sheet = try #require(try SheetReader.read(contentsOf: project + "/dziennik.xlsx").sheets.first)
        #expect(sheet.rows.count == 1)
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
