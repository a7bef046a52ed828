import ArgumentParser
import Foundation
import Testing
import ZitPackage
import ZitRegister
import ZitSheets
import ZitXML

@testable import ZitCLI

/// `zitdocs generate` on the sample project: the files a project office gets.
@Suite final class GenerateCommandTests {
    let output = NSTemporaryDirectory() + "zitdocs-generate-\(UUID().uuidString)"
    /// A copy of the sample project, so its certificate register starts empty and stays out of the repository.
    let project = NSTemporaryDirectory() + "zitdocs-generate-project-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.copyItem(atPath: CheckCommandTests.sample, toPath: project)
        try? FileManager.default.removeItem(atPath: project + "/" + CertificateRegister.fileName)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: output)
        try? FileManager.default.removeItem(atPath: project)
    }

    func run(_ arguments: [String]) throws {
        var command = try Zitdocs.parseAsRoot(["generate"] + arguments + ["--project", project, "--output", output])
        try command.run()
    }

    func text(of path: String, part: String = "word/document.xml") throws -> String {
        let package = try Package(contentsOf: path)
        let document = try XMLDocument(parsing: try package.read(part), part: part)
        var text = ""
        document.root?.walk { if $0.kind == .text { text += $0.text } }
        return text
    }

    /// The cells of every table row of a .docx, each cell's paragraphs joined with " | ".
    func tableRows(of path: String) throws -> [[String]] {
        let package = try Package(contentsOf: path)
        let document = try XMLDocument(parsing: try package.read("word/document.xml"), part: "word/document.xml")
        var rows: [[String]] = []
        document.root?.walk { node in
            guard node.isElement, node.localName == "tr" else { return }
            rows.append(
                node.children.filter { $0.isElement && $0.localName == "tc" }.map { cell in
                    cell.children.filter { $0.isElement && $0.localName == "p" }.map(\.text).joined(separator: " | ")
                })
        }
        return rows
    }

    /// Section 2 of the progress report as printed: per task, the events and participants of the
    /// period and so far, and its money, for the first half of 2026 of the sample project.
    @Test func theProgressReportPrintsEachTasksFigures() throws {
        try run(["progress-report", "--period", "2026-1"])
        let rows = try tableRows(of: output + "/progress-report/informacja-o-postepie-2026-1.docx")
        func row(_ task: String) -> [String]? { rows.first { $0.first?.hasPrefix(task + " ") == true } }
        let nbsp = "\u{00A0}"
        #expect(
            row("Z4") == [
                "Z4 Organizacja 5 warsztatów dotyczących zarządzania rozwojem MOF | W okresie: Warsztat 3/5 (12 marca 2026 r.); Warsztat 4/5 (20 maja 2026 r.).",
                "2", "4 z 5", "34", "48", "110\(nbsp)000,00", "38\(nbsp)912,75", "72\(nbsp)957,95", "66,3%"
            ])
        #expect(
            row("Z8")?.dropFirst() == [
                "1", "1 z 1", "25", "25", "66\(nbsp)000,00", "61\(nbsp)418,80", "61\(nbsp)418,80", "93,1%"
            ])
        #expect(row("Z10")?.dropFirst().prefix(4) == ["2", "4 z 5", "21", "32"])
        #expect(row("Z5")?.dropFirst().prefix(4) == ["—", "—", "—", "—"])
        #expect(row("Z5")?.first?.hasSuffix("Zadanie nie obejmuje wydarzeń; jego postęp pokazują wydatki.") == true)
        let header = try #require(rows.first { $0.first == "Zadanie" })
        #expect(header == ["Zadanie", "Wydarzenia", "Uczestnicy", "Wydatki (zł)"])
    }

    @Test func certificatesForOneWorkshopWithReadableNamesAndAZip() throws {
        try run(["certificates", "--event", "WZP-2"])
        let folder = output + "/certificates"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files.count == 18)
        #expect(
            files.allSatisfy {
                $0.hasPrefix("zaswiadczenie-WZP-2-") && $0.hasSuffix(".docx") && $0.allSatisfy(\.isASCII)
            })
        let archive = try Package(contentsOf: output + "/certificates.zip")
        #expect(archive.entryNames.sorted() == files)
        let first = try text(of: folder + "/" + files[0])
        #expect(first.contains("Warsztat 2/5 — zarządzanie projektami"))
        #expect(first.contains("wziął udział") || first.contains("wzięła udział") || first.contains("uczestniczył(a)"))
    }

    @Test func mergedCertificatesAreOneDocument() throws {
        try run(["certificates", "--event", "WZP-2", "--merge"])
        let files = try FileManager.default.contentsOfDirectory(atPath: output + "/certificates")
        #expect(files == ["zaswiadczenie-razem.docx"])
        let text = try text(of: output + "/certificates/zaswiadczenie-razem.docx")
        #expect(text.components(separatedBy: "Zaświadcza się").count - 1 == 18)
    }

    @Test func anUnknownEventIsRefusedBeforeAnythingIsWritten() throws {
        #expect(throws: ValidationError.self) { try run(["attendance", "--event", "NIE-MA"]) }
        #expect(!FileManager.default.fileExists(atPath: output + "/attendance"))
    }

    @Test(arguments: [["--without-personal-data"], ["--beneficiary", "WB"]])
    func optionsOfTheProgressReportAreRefusedForOtherKinds(option: [String]) throws {
        for kind in ["attendance", "all"] {
            do {
                try run([kind] + option)
                Issue.record("\(kind) \(option[0]) was accepted")
            } catch {
                #expect(
                    Zitdocs.message(for: error)
                        == "\(option[0]) dotyczy tylko sprawozdania z postępu (zitdocs generate progress-report), a nie „\(kind)”."
                )
            }
        }
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func anArchiveIsRefusedWithoutItsPeriodOrWithSelectorsItDoesNotTake() throws {
        for (arguments, said) in [
            (["archive"], "archive wymaga podania okresu sprawozdawczego: --period ID"),
            (["archive", "--period", "2025-2", "--event", "WZP-2"], "nie podawaj --event.")
        ] {
            #expect {
                try run(arguments)
            } throws: { error in
                Zitdocs.message(for: error).contains(said)
            }
        }
        #expect(throws: ValidationError.self) { try run(["archive", "--period", "2030-1"]) }
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func theRegisterPrintsForTheAuditorWithEventNamesAndCancellations() throws {
        try run(["certificates", "--event", "WZP-2"])
        var cancel = try Zitdocs.parseAsRoot([
            "register", "cancel", "3/2025/WZP", "--reason", "błąd w nazwisku", "--project", project
        ])
        try cancel.run()
        let printed = output + "/rejestr.docx"
        var export = try Zitdocs.parseAsRoot(["register", "export", "--output", printed, "--project", project])
        try export.run()
        let text = try text(of: printed)
        #expect(text.contains("REJESTR WYDANYCH ZAŚWIADCZEŃ"))
        #expect(text.contains("liczba wpisów: 18"))
        #expect(text.contains("3/2025/WZP"))
        #expect(text.contains("Warsztat 2/5 — zarządzanie projektami: "))
        #expect(!text.contains("WZP-2"), "the event's id is replaced by its name")
        #expect(text.contains("anulowane") && text.contains("błąd w nazwisku"))
        #expect(text.components(separatedBy: "wydane").count - 1 == 17)
    }

    /// Who runs the tests, as the register records the author of a document.
    static var userName: String { ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.userName }

    /// The file's SHA-256 as an auditor gets it: from `sha256sum`.
    func sha256sum(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self).split(separator: " ").first.map(String.init) ?? ""
    }

    /// Each certificate of the run by its number (found in its text) with its file's checksum.
    func checksumsByNumber(in folder: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let content = try text(of: folder + "/" + file)
            let number = try #require(content.firstMatch(of: /\d+\/2025\/WZP/).map { String($0.output) }, "\(file)")
            result[number] = try sha256sum(folder + "/" + file)
        }
        return result
    }

    @Test func theRegisterExportCarriesEachCertificatesAuthorAndTheSHA256OfItsFile() throws {
        try run(["certificates", "--event", "WZP-2"])
        let checksums = try checksumsByNumber(in: output + "/certificates")
        #expect(checksums.count == 18 && Set(checksums.values).count == 18)

        var export = try Zitdocs.parseAsRoot([
            "register", "export", "--output", output + "/rejestr.xlsx", "--project", project
        ])
        try export.run()
        let sheet = try #require(try SheetReader.read(contentsOf: output + "/rejestr.xlsx").sheets.first)
        #expect(sheet.rows.count == 19)
        for row in sheet.rows.dropFirst() {
            let number = row["A"].plainText
            #expect(row["H"].plainText == Self.userName, "\(number)")
            #expect(row["I"].plainText.hasPrefix("20"), "\(number): \(row["I"].plainText)")
            #expect(row["J"].plainText == checksums[number], "\(number)")
        }

        export = try Zitdocs.parseAsRoot([
            "register", "export", "--output", output + "/rejestr.csv", "--project", project
        ])
        try export.run()
        let lines = String(
            decoding: try Data(contentsOf: URL(fileURLWithPath: output + "/rejestr.csv")).dropFirst(3), as: UTF8.self
        )
        .components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(lines.count == 18)
        for line in lines {
            let fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            #expect(fields.last == checksums[fields[0]] && fields[fields.count - 3] == Self.userName, "\(line)")
        }
    }

    @Test func thePrintedRegisterShowsTheShortChecksumAndTheAuthor() throws {
        try run(["certificates", "--event", "WZP-2"])
        let checksums = try checksumsByNumber(in: output + "/certificates")
        // A number whose document is not written yet: no author, no checksum.
        let register = try CertificateRegister(folder: project)
        _ = try register.numbers(
            for: [.init(participant: "U-9999", subject: "WZP-3", series: "WZP", year: 2025, name: "Jan Próba")],
            scheme: "{nr}/{rok}/{seria}", today: "2025-11-20")

        let printed = output + "/rejestr.docx"
        var export = try Zitdocs.parseAsRoot(["register", "export", "--output", printed, "--project", project])
        try export.run()
        let rows = try tableRows(of: printed)
        // One column, two lines: who wrote the document, and under it the start of its checksum.
        #expect(rows.first?.last == "Wygenerował(a) | suma kontrolna SHA-256*")
        let entries = rows.dropFirst()
        #expect(entries.count == 19)
        for row in entries where row[6] == "wydane" {
            let checksum = try #require(checksums[row[1]], "\(row)")
            #expect(row.last == "\(Self.userName) | \(checksum.prefix(12))", "\(row)")
        }
        let reserved = try #require(entries.first { $0[1] == "19/2025/WZP" })
        #expect(reserved[6] == "zarezerwowane" && reserved.last == "— | —")
        let docxText = try text(of: printed)
        #expect(checksums.values.allSatisfy { !docxText.contains($0) }, "only the first 12 digits are printed")
        #expect(docxText.contains("* Pierwsze 12 znaków sumy kontrolnej SHA-256 pliku zaświadczenia"))
        #expect(docxText.contains("Pełne sumy (64 znaki) zawiera rejestr zapisany jako arkusz .xlsx"))

        let odt = output + "/rejestr.odt"
        export = try Zitdocs.parseAsRoot(["register", "export", "--output", odt, "--project", project])
        try export.run()
        let odtText = try text(of: odt, part: "content.xml")
        #expect(checksums.values.allSatisfy { odtText.contains($0.prefix(12)) && !odtText.contains($0) })
        #expect(odtText.contains(Self.userName))
    }

    @Test func theJournalExportListsTheRuns() throws {
        try run(["certificates", "--event", "WZP-2"])
        try run(["attendance", "--event", "WZP-2"])
        var journal = try Zitdocs.parseAsRoot([
            "register", "journal", "--output", output + "/dziennik.xlsx", "--project", project
        ])
        try journal.run()
        let sheet = try #require(try SheetReader.read(contentsOf: output + "/dziennik.xlsx").sheets.first)
        #expect(sheet.rows.count == 3)
        let certificates = sheet.rows[1], attendance = sheet.rows[2]
        #expect(
            certificates["C"].plainText == "generate certificates" && attendance["C"].plainText == "generate attendance"
        )
        #expect(certificates["D"].plainText == Self.userName)
        #expect(
            certificates["E"].plainText.count == 64 && certificates["E"].plainText == attendance["E"].plainText,
            "the same project data for both runs")
        #expect(
            certificates["F"].plainText.count == 64 && certificates["F"].plainText != attendance["F"].plainText,
            "each run's own template")
        #expect(certificates["G"].plainText == "18")
        let files = try FileManager.default.contentsOfDirectory(atPath: output + "/certificates").sorted()
        #expect(certificates["H"].plainText.components(separatedBy: ", ").sorted() == files)
    }
}
