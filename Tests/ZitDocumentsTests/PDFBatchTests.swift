import Foundation
import Testing
import ZitPackage
import ZitPolish
import ZitProject
import ZitRegister

@testable import ZitDocuments

/// Certificates as PDFs on the sample project: one LibreOffice per core for the batch, a PDF per
/// person exported from its merge, each checked against the register by its text. Needs
/// LibreOffice, python3-uno, qpdf and poppler-utils (`make test` installs them); without them the
/// tests fail and say so.
@Suite(.serialized)
final class PDFBatchTests {

    let project = NSTemporaryDirectory() + "zitdocs-pdf-project-\(UUID().uuidString)"
    let output = NSTemporaryDirectory() + "zitdocs-pdf-\(UUID().uuidString)"
    let facts: ProjectFacts

    init() throws {
        try PDFTestSetup.requireTools(["soffice", "qpdf", "pdftotext", "pdfinfo"])
        try PDFTestSetup.copySampleProject(to: project)
        facts = ProjectFacts(try #require(ProjectLoader.load(folder: project).project))
    }

    deinit {
        try? FileManager.default.removeItem(atPath: project)
        try? FileManager.default.removeItem(atPath: output)
    }

    func generate(template: String? = nil) throws -> Generator.Outcome {
        let generator = Generator(
            plans: DocumentPlans(facts), projectFolder: project,
            templatesFolder: DocumentPlansTests.folder + "/../../Templates",
            outputFolder: output, format: .pdf, templateOverride: template)
        return try generator.generate(.certificates, selection: .init(event: "WZP-2"))
    }

    /// Each person's file: one page (two with `twoPages`), their name and register number on
    /// it, and their own title in the PDF's properties.
    func expectOnePDFPerPerson(_ outcome: Generator.Outcome, twoPages: (Participant) -> Bool = { _ in false }) throws {
        #expect(outcome.notes.isEmpty, "converted as one merged document")
        let people = facts.participants(of: "WZP-2")
        #expect(people.count == 18 && outcome.files.count == 18)
        let numbers = Dictionary(
            uniqueKeysWithValues: try CertificateRegister(folder: project).entries()
                .filter { $0.subject == "WZP-2" }.map { ($0.participant, $0.number) })
        for person in people {
            let file =
                "\(output)/certificates/\(Polish.safeFileName("zaswiadczenie-WZP-2-\(person.lastName)-\(person.firstName)")).pdf"
            let number = try #require(numbers[person.id.rawValue])
            #expect(outcome.files.contains(file))
            let pages = try run("qpdf", ["--show-npages", file]).trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(pages == (twoPages(person) ? "2" : "1"), "\(file)")
            let text = try run("pdftotext", ["-enc", "UTF-8", file, "-"])
            #expect(text.contains("nr \(number)\n") && text.contains(" \(person.fullName)\n"), "\(file)")
            let title = try run("pdfinfo", ["-enc", "UTF-8", file]).split(separator: "\n").first {
                $0.hasPrefix("Title:")
            }
            #expect(
                title?.dropFirst(6).trimmingCharacters(in: .whitespaces)
                    == "Zaświadczenie nr \(number) — \(person.fullName)")
        }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: "\(output)/certificates").count == 18,
            "nothing else left behind")
    }

    @Test func oneWorkshopGivesOnePDFPerPerson() throws {
        try expectOnePDFPerPerson(try generate())
    }

    /// Women's certificates of this template have a second page: the cut follows each copy's
    /// bookmark, not a page count.
    @Test func certificatesOfTwoPagesAreCutAtTheirOwnPages() throws {
        let original = try Package(contentsOf: DocumentPlansTests.folder + "/../../Templates/zaswiadczenie.odt")
        var content = String(decoding: try original.read("content.xml"), as: UTF8.self)
        let breakStyle =
            #"<style:style style:name="DrugaStrona" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>"#
        content = content.replacingOccurrences(
            of: "</office:automatic-styles>", with: breakStyle + "</office:automatic-styles>")
        let anchor = "Zaświadcza się, że</text:p>"
        try #require(content.contains(anchor))
        content = content.replacingOccurrences(
            of: anchor,
            with: anchor
                + #"<text:p>{{#participant.isWoman}}</text:p><text:p text:style-name="DrugaStrona">Strona druga</text:p><text:p>{{/participant.isWoman}}</text:p>"#
        )
        let template = project + "/dwie-strony.odt"
        let entries = original.entryNames.map {
            $0 == "content.xml" ? PackageEntry.deflated($0, Array(content.utf8)) : .copied($0)
        }
        try PackageWriter(source: original).write(entries, to: template)
        try expectOnePDFPerPerson(try generate(template: template), twoPages: { $0.sex == .female })
    }

    private func run(_ tool: String, _ arguments: [String]) throws -> String {
        String(decoding: try PDFTools.run(try #require(PDFTools.find(tool)), arguments), as: UTF8.self)
    }
}
