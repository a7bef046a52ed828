import Foundation
import Testing
import ZitPolish
import ZitProject
import ZitRegister

@testable import ZitDocuments

/// Every kind of document as PDF, on the sample project: each file PDF/A-2b, tagged in Polish,
/// its structure on its own pages, its fonts embedded and its own title — whether it was a
/// document of its own, a copy exported from a batch's merge, or a merge printed as one.
/// Needs LibreOffice with python3-uno and qpdf (`make test` installs them); without them the
/// tests fail and say so.
@Suite(.serialized)
final class PDFArchiveTests {
    let project = NSTemporaryDirectory() + "zitdocs-pdfa-project-\(UUID().uuidString)"
    let output = NSTemporaryDirectory() + "zitdocs-pdfa-\(UUID().uuidString)"
    let facts: ProjectFacts

    init() throws {
        try PDFTestSetup.requireTools()
        try PDFTestSetup.copySampleProject(to: project)
        facts = ProjectFacts(try #require(ProjectLoader.load(folder: project).project))
    }

    deinit {
        try? FileManager.default.removeItem(atPath: project)
        try? FileManager.default.removeItem(atPath: output)
    }

    func generate(
        _ kind: DocumentKind, _ selection: DocumentPlans.Selection = .init(), merge: Bool = false,
        into folder: String? = nil
    ) throws -> Generator.Outcome {
        let generator = Generator(
            plans: DocumentPlans(facts), projectFolder: project,
            templatesFolder: DocumentPlansTests.folder + "/../../Templates", outputFolder: folder ?? output,
            format: .pdf)
        return try generator.generate(kind, selection: selection, merge: merge)
    }

    /// The properties `zitdocs pdfcheck` reports, each asserted; returns the file's structure
    /// types for the kind's own assertions.
    @discardableResult
    func expectArchivable(_ file: String, title: String? = nil) throws -> Set<String> {
        let check = try PDFArchiveCheck(file: file)
        #expect(check.hasStructureTree, "\(file)")
        #expect(check.elementsOffPages == 0, "\(file)")
        #expect(check.pagesWithStructure == check.pageCount && check.pageCount > 0, "\(file)")
        #expect(check.isMarked, "\(file)")
        #expect(check.language == "pl-PL", "\(file)")
        #expect(check.pdfaPart == "2" && check.pdfaConformance == "B", "\(file)")
        #expect(check.hasOutputIntent, "\(file)")
        #expect(check.fontsNotEmbedded.isEmpty && check.fontCount > 0, "\(file)")
        #expect(check.displaysTitle, "\(file)")
        if let title {
            #expect(check.title == title, "\(file)")
            #expect(check.xmpTitle == title, "\(file)")
        } else {
            #expect(!(check.title ?? "").isEmpty, "\(file)")
        }
        #expect(check.passes, "\(file)")
        return check.structureTypes
    }

    /// A workshop's certificates: exported from one merge, each person's file with their own
    /// number and name as its title and only their own page.
    @Test func certificatesCutFromAMergeKeepTheirTags() throws {
        let outcome = try generate(.certificates, .init(event: "WZP-2"))
        #expect(outcome.notes.isEmpty, "exported from the merge")
        let numbers = Dictionary(
            uniqueKeysWithValues: try CertificateRegister(folder: project).entries()
                .filter { $0.subject == "WZP-2" }.map { ($0.participant, $0.number) })
        let people = facts.participants(of: "WZP-2")
        #expect(outcome.files.count == people.count && people.count == 18)
        for person in people {
            let number = try #require(numbers[person.id.rawValue])
            let file =
                "\(output)/certificates/\(Polish.safeFileName("zaswiadczenie-WZP-2-\(person.lastName)-\(person.firstName)")).pdf"
            #expect(outcome.files.contains(file))
            let types = try expectArchivable(file, title: "Zaświadczenie nr \(number) — \(person.fullName)")
            #expect(try PDFArchiveCheck(file: file).pageCount == 1, "only the person's own page")
            #expect(types.contains("H1"), "the certificate's heading")
        }
    }

    @Test func aMergedPrintoutIsTaggedToo() throws {
        let outcome = try generate(.certificates, .init(event: "WZP-2"), merge: true)
        let file = try #require(outcome.files.first)
        try expectArchivable(file)
        #expect(try PDFArchiveCheck(file: file).pageCount == 18)
    }

    /// The list's template numbers its pages, so each list is converted on its own.
    @Test func attendanceListsHaveHeaderCells() throws {
        let outcome = try generate(.attendance)
        #expect(outcome.notes.count == 1 && outcome.notes[0].contains("numery stron"))
        #expect(outcome.files.count > 1)
        for file in outcome.files {
            let types = try expectArchivable(file)
            #expect(types.contains("TH") && types.contains("H1"), "\(file): \(types.sorted())")
        }
    }

    @Test func leaderCertificates() throws {
        let outcome = try generate(.leaderCertificates)
        #expect(!outcome.files.isEmpty)
        for file in outcome.files {
            #expect(try expectArchivable(file).contains("H1"))
        }
    }

    /// One document: converted on its own.
    @Test func forumReport() throws {
        let outcome = try generate(.forumReport)
        let file = try #require(outcome.files.first)
        #expect(outcome.files.count == 1)
        let types = try expectArchivable(file)
        #expect(types.contains("H1") && types.contains("TH"), "\(types.sorted())")
    }

    /// `zitdocs generate --output Wyniki` names a folder relative to the working directory.
    @Test func aRelativeOutputFolder() throws {
        let depth = FileManager.default.currentDirectoryPath.split(separator: "/").count
        let relative = String(repeating: "../", count: depth) + output.dropFirst()
        let outcome = try generate(.forumReport, into: relative)
        let file = try #require(outcome.files.first)
        try expectArchivable(file)
    }

    @Test func progressReports() throws {
        let outcome = try generate(.progressReport)
        #expect(!outcome.files.isEmpty)
        for file in outcome.files {
            let types = try expectArchivable(file)
            #expect(types.contains("H1") && types.contains("TH"), "\(file): \(types.sorted())")
        }
    }

    /// What the checker says of a PDF cut the way the batch used to be cut (qpdf's page split):
    /// the structure, PDF/A identification and language are gone.
    @Test func aPDFCutByQpdfFailsTheCheck() throws {
        let outcome = try generate(.certificates, .init(event: "WZP-2"), merge: true)
        let merged = try #require(outcome.files.first)
        let qpdf = try #require(PDFTools.find("qpdf"))
        let piece = output + "/kawalek.pdf"
        try PDFTools.run(qpdf, ["--warning-exit-0", "--empty", "--pages", merged, "2", "--", piece])
        let check = try PDFArchiveCheck(file: piece)
        #expect(!check.passes)
        #expect(!check.hasStructureTree && !check.isMarked && check.language == nil && check.pdfaPart == nil)
        let kept = output + "/kawalek-z-katalogiem.pdf"
        try PDFTools.run(qpdf, ["--warning-exit-0", merged, "--pages", merged, "2", "--", kept])
        let keptCheck = try PDFArchiveCheck(file: kept)
        #expect(keptCheck.elementsOffPages > 0, "the tree still holds the other 17 pages' elements")
        #expect(!keptCheck.passes)
    }
}
