import Foundation
import Testing
import ZitPackage
import ZitProject
import ZitRegister

@testable import ZitDocuments

/// The pictures the project names in projekt.yaml: a signatory's scanned signature on the
/// certificates it signs and the organising beneficiary's logo on its attendance lists. Without
/// them, the default templates' places for pictures leave nothing behind and no warning.
@Suite(.serialized)
final class ProjectPictureTests {
    let project = NSTemporaryDirectory() + "zitdocs-pictures-project-\(UUID().uuidString)"
    let output = NSTemporaryDirectory() + "zitdocs-pictures-\(UUID().uuidString)"
    /// Any PNG will do; the sample project's logo strip is one.
    var picture: [UInt8] { get throws { Array(try Data(contentsOf: URL(fileURLWithPath: project + "/logo-fe.png"))) } }

    init() throws {
        try PDFTestSetup.copySampleProject(to: project)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: project)
        try? FileManager.default.removeItem(atPath: output)
    }

    func generator(_ format: Generator.Format) throws -> Generator {
        let loaded = ProjectLoader.load(folder: project)
        #expect(loaded.errors.isEmpty, "\(loaded.errors)")
        return Generator(
            plans: DocumentPlans(ProjectFacts(try #require(loaded.project))), projectFolder: project,
            templatesFolder: DocumentPlansTests.folder + "/../../Templates", outputFolder: output, format: format)
    }

    /// The pictures zitdocs put into a document (the template's own stand-ins are not counted).
    func placedPictures(in file: String) throws -> [[UInt8]] {
        let package = try Package(contentsOf: file)
        return try package.entryNames.filter { $0.contains("zitdocs-picture") }.map { try package.read($0) }
    }

    @Test(arguments: [Generator.Format.docx, .odt])
    func withoutPicturesTheDefaultTemplatesWarnOfNothing(format: Generator.Format) throws {
        let generator = try generator(format)
        for kind in [DocumentKind.certificates, .attendance] {
            let outcome = try generator.generate(kind, selection: .init(event: "WZP-2"))
            #expect(outcome.warnings.isEmpty, "\(kind): \(outcome.warnings)")
            for file in outcome.files { #expect(try placedPictures(in: file).isEmpty, "\(file)") }
        }
    }

    @Test(arguments: [Generator.Format.docx, .odt])
    func aSignatureAndALogoInTheProjectAppearOnItsDocuments(format: Generator.Format) throws {
        let file = project + "/projekt.yaml"
        var yaml = try String(contentsOfFile: file, encoding: .utf8)
        let organiser = try #require(ProjectLoader.load(folder: project).project?.event("WZP-2")?.organiser)
        let entry = try #require(yaml.range(of: "  - id: \(organiser.rawValue)\n"))
        yaml.insert(contentsOf: "    logo: \"logo-fe.png\"\n", at: entry.upperBound)
        // The organiser's first signatory signs its certificates.
        let signatory = try #require(
            yaml.range(
                of: #"stanowisko: "[^"]*" \}"#, options: .regularExpression, range: entry.upperBound..<yaml.endIndex))
        yaml.replaceSubrange(signatory, with: yaml[signatory].dropLast(2) + #", podpis: "logo-fe.png" }"#)
        try yaml.write(toFile: file, atomically: true, encoding: .utf8)

        let generator = try generator(format)
        for kind in [DocumentKind.certificates, .attendance] {
            let outcome = try generator.generate(kind, selection: .init(event: "WZP-2"))
            #expect(outcome.warnings.isEmpty, "\(kind): \(outcome.warnings)")
            for document in outcome.files {
                #expect(try placedPictures(in: document) == [try picture], "\(document)")
            }
        }
    }
}
