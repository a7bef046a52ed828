import Foundation
import Testing
import ZitPackage
import ZitPolish
import ZitProject
import ZitRegister

@testable import ZitDocuments

/// A reporting period's archive, as an auditor checks it: manifest.csv against the files in the
/// ZIP, the certificates' numbers against the register, every PDF fit for the archive, the
/// manifest's checksum in the journal, and the same manifest when the archive is made again.
/// The sample project's first period is cut to its last days, which hold one supervision, so a
/// run takes seconds. Needs LibreOffice with python3-uno and qpdf (`make test` installs them);
/// without them the tests fail and say so.
@Suite(.serialized)
final class PeriodArchiveTests {
    let project = NSTemporaryDirectory() + "zitdocs-archive-project-\(UUID().uuidString)"
    let output = NSTemporaryDirectory() + "zitdocs-archive-\(UUID().uuidString)"
    static let period: PeriodID = "2025-1"
    static let event: EventID = "SUP-1"

    init() throws {
        try PDFTestSetup.requireTools()
        try Self.copySmallProject(to: project)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: project)
        try? FileManager.default.removeItem(atPath: output)
    }

    /// The sample project with its period 2025-1 from 20 June 2025: only SUP-1 ends in it.
    static func copySmallProject(to folder: String) throws {
        try PDFTestSetup.copySampleProject(to: folder)
        let file = folder + "/projekt.yaml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let narrowed = text.replacingOccurrences(
            of: #"{ id: "2025-1", nazwa: "I półrocze 2025", od: "2025-01-01""#,
            with: #"{ id: "2025-1", nazwa: "I półrocze 2025", od: "2025-06-20""#)
        try #require(narrowed != text, "the sample project's first period is where the test expects it")
        try narrowed.write(toFile: file, atomically: true, encoding: .utf8)
    }

    func generator(author: String = "biuro") throws -> Generator {
        let facts = ProjectFacts(try #require(ProjectLoader.load(folder: project).project))
        var generator = Generator(
            plans: DocumentPlans(facts), projectFolder: project,
            templatesFolder: DocumentPlansTests.folder + "/../../Templates", outputFolder: output, format: .docx)
        generator.author = author
        return generator
    }

    func writeArchive(_ name: String) throws -> (manifest: [UInt8], archive: Package) {
        let outcome = try PeriodArchive(period: Self.period, generator: try generator()).write(
            to: "\(output)/\(name)")
        let archive = try Package(contentsOf: outcome.archive)
        return (try archive.read(ArchiveManifest.fileName), archive)
    }

    /// The manifest's rows as a spreadsheet reads them: after the BOM, lines of ";"-separated fields.
    static func rows(of manifest: [UInt8]) throws -> [[String]] {
        try #require(Array(manifest.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 with a byte order mark")
        let text = String(decoding: manifest.dropFirst(3), as: UTF8.self)
        #expect(text.hasSuffix("\r\n"))
        return text.split(separator: "\r\n").map {
            $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test func theManifestListsEveryFileWithItsChecksumAndTheRegistersNumbers() throws {
        // One person's certificate issued before, as a .docx: the archive keeps that number and
        // numbers the others after it, with no gap and nothing else issued.
        let people = ProjectFacts(try #require(ProjectLoader.load(folder: project).project)).participants(
            of: Self.event)
        try #require(people.count > 1)
        _ = try generator().generate(.certificates, selection: .init(event: Self.event, participant: people[1].id))
        let first = try #require(
            try CertificateRegister(folder: project).activeEntry(
                participant: people[1].id.rawValue, subject: Self.event.rawValue))

        let (manifest, archive) = try writeArchive("archiwum.zip")
        let rows = try Self.rows(of: manifest)
        #expect(rows.first == ["Plik", "SHA-256", "Rodzaj", "Wydarzenie", "Numer zaświadczenia"])
        let listed = rows.dropFirst()
        #expect(
            Set(listed.map { $0[0] }) == Set(archive.entryNames).subtracting([ArchiveManifest.fileName]),
            "the manifest lists exactly the files in the ZIP")
        #expect(listed.map { $0[0] } == listed.map { $0[0] }.sorted(), "rows in the order of their paths")
        for row in listed {
            #expect(row.count == 5, "\(row)")
            #expect(Checksum.of(bytes: try archive.read(row[0])) == row[1], "\(row[0])")
        }

        let register = try CertificateRegister(folder: project).entries()
        #expect(register.count == people.count, "a number for each person of the period's one event, no other")
        #expect(register.allSatisfy { $0.status == .issued && $0.subject == Self.event.rawValue })
        let sequences = register.compactMap { Int($0.number.split(separator: "/")[0]) }.sorted()
        #expect(sequences == Array(1...people.count), "no gap in the numbers")
        let certificates = listed.filter { $0[2] == "zaświadczenie" }
        #expect(certificates.count == people.count)
        for person in people {
            let number = try #require(register.first { $0.participant == person.id.rawValue }?.number)
            let path =
                "zaswiadczenia/SUP-1/\(Polish.safeFileName("zaswiadczenie-SUP-1-\(person.lastName)-\(person.firstName)")).pdf"
            #expect(
                certificates.contains([
                    path, Checksum.of(bytes: try archive.read(path)), "zaświadczenie", "SUP-1", number
                ]))
        }
        #expect(certificates.contains { $0[4] == first.number }, "the number issued before is kept")
        #expect(
            listed.filter { $0[2] != "zaświadczenie" }.map { [$0[0], $0[2], $0[3], $0[4]] } == [
                ["listy-obecnosci/lista-obecnosci-SUP-1.pdf", "lista obecności", "SUP-1", ""],
                ["rejestr/rejestr-zaswiadczen.csv", "rejestr zaświadczeń", "", ""],
                ["rejestr/rejestr-zaswiadczen.xlsx", "rejestr zaświadczeń", "", ""],
                ["sprawozdanie/informacja-o-postepie-2025-1.pdf", "informacja o postępie", "", ""]
            ])
        // The register's export in the archive shows the certificates as issued, with their PDFs' checksums.
        let exported = String(decoding: try archive.read("rejestr/rejestr-zaswiadczen.csv"), as: UTF8.self)
        for row in certificates { #expect(exported.contains(row[1]), "\(row[0])") }

        let run = try #require(try CertificateRegister(folder: project).runs().last)
        #expect(run.command == "generate archive --period 2025-1")
        #expect(run.manifestChecksum == Checksum.of(bytes: manifest))

        let folder = output + "/pdf"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for row in listed where row[0].hasSuffix(".pdf") {
            let file = folder + "/" + (row[0] as NSString).lastPathComponent
            try Data(try archive.read(row[0])).write(to: URL(fileURLWithPath: file))
            let check = try PDFArchiveCheck(file: file)
            #expect(check.passes, "\(row[0]): \(check.properties.filter { !$0.isPresent }.map(\.name))")
        }
    }

    @Test func theArchiveMadeAgainHasTheSameManifest() throws {
        let first = try writeArchive("pierwsze.zip")
        let entries = try CertificateRegister(folder: project).entries()
        let second = try writeArchive("drugie.zip")
        #expect(first.manifest == second.manifest)
        #expect(
            try CertificateRegister(folder: project).entries() == entries,
            "the second run changed nothing in the register")
        let runs = try CertificateRegister(folder: project).runs().suffix(2)
        #expect(runs.map(\.manifestChecksum) == Array(repeating: Checksum.of(bytes: first.manifest), count: 2))
    }

    @Test func anUnknownPeriodIsNamed() throws {
        #expect {
            try PeriodArchive(period: "2030-1", generator: try generator())
        } throws: { error in
            "\(error)".contains("Nie ma okresu sprawozdawczego 2030-1") && "\(error)".contains("2025-2")
        }
    }
}
