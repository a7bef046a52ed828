import Foundation
import Testing
import ZitDocuments
import ZitEngine
import ZitProject

@testable import ZitCLI

/// `zitdocs lint` as a template's author uses it: on the project's templates, on a broken one,
/// against a data file, and as JSON for the service's page.
@Suite final class LintCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let templates = root.appendingPathComponent("Templates")

    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "zitdocs-lint-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let template = RenderCommandTests.wordTemplate(
            body: [
                "Zaświadczenie dla {{#participants}}", "{{firstName}} {{lastName | upper}}", "{{/participants}}",
                "Kurs: {{course.title}}"
            ].map { #"<w:p><w:r><w:t xml:space="preserve">\#($0)</w:t></w:r></w:p>"# }.joined())
        try Data(template).write(to: URL(fileURLWithPath: folder + "/lista.docx"))
        let broken = RenderCommandTests.wordTemplate(
            body:
                #"<w:p><w:r><w:t>{{#participants}}{{firstName}}</w:t></w:r></w:p><w:p><w:r><w:t>{{date | dat}}</w:t></w:r></w:p>"#
        )
        try Data(broken).write(to: URL(fileURLWithPath: folder + "/zepsuty.docx"))
        try """
        course: { title: Warsztat 2/5, hours: 6 }
        participants:
          - { firstName: Łucja, lastName: Żak, isWoman: true }
          - { firstName: Jan, isWoman: false }
        """.write(toFile: folder + "/dane.yaml", atomically: true, encoding: .utf8)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Runs the built `zitdocs`: exit status, standard output, standard error.
    func zitdocs(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RegisterProcessTests.program)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outputData, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self)
        )
    }

    static var projectTemplates: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: templates.path)) ?? [])
            .filter { $0.hasSuffix(".docx") || $0.hasSuffix(".odt") }.sorted()
    }

    @Test func everyTemplateOfTheProjectPassesWithItsSectionsAndData() throws {
        #expect(Self.projectTemplates.count == 12)
        for name in Self.projectTemplates {
            let path = Self.templates.appendingPathComponent(name).path
            let result = try zitdocs(["lint", path])
            #expect(result.status == 0, "\(name): \(result.errors)")
            #expect(result.errors.isEmpty, "\(name): \(result.errors)")
            #expect(result.output.hasPrefix("Szablon: \(path)\n"), "\(name)")
            #expect(result.output.contains("\nSekcje:\n"), "\(name)")
            #expect(result.output.hasSuffix("Szablon da się wypełnić.\n"), "\(name)")
        }
    }

    /// The names each template needs are what the project's documents supply: nothing missing.
    @Test(arguments: DocumentKind.allCases, ["docx", "odt"])
    func theNeededDataIsWhatTheDocumentsSupply(kind: DocumentKind, format: String) throws {
        let project = try #require(
            ProjectLoader.load(folder: Self.root.appendingPathComponent("Examples/projekt").path).project)
        let document = try #require(DocumentPlans(ProjectFacts(project)).documents(kind).first)
        let outline = try Template.outline(
            contentsOf: Self.templates.appendingPathComponent("\(kind.templateName).\(format)").path)
        #expect(outline.rendersWithoutErrors)
        #expect(!outline.data.isEmpty)
        let comparison = outline.compare(with: document.data)
        #expect(comparison.missing == [], "\(kind) \(format)")
        #expect(outline.data.contains { $0.name == "project" && $0.kind == .object })
    }

    @Test func theCertificatesTreeNamesTheParticipantAndTheEventsTopics() throws {
        let outline = try Template.outline(contentsOf: Self.templates.appendingPathComponent("zaswiadczenie.docx").path)
        let participant = try #require(outline.data.first { $0.name == "participant" })
        #expect(participant.kind == .object)
        #expect(Set(participant.fields.map(\.name)).isSuperset(of: ["name", "institution", "honorific"]))
        let event = try #require(outline.data.first { $0.name == "event" })
        let topics = try #require(event.fields.first { $0.name == "topics" })
        #expect(topics.kind == .list && topics.fields.isEmpty)
    }

    @Test func aBrokenTemplateFailsWithTheMessagesOfRender() throws {
        let template = folder + "/zepsuty.docx"
        let lint = try zitdocs(["lint", template])
        let render = try zitdocs(["render", template, "--data", folder + "/dane.yaml", "--output", folder + "/x.docx"])
        #expect(lint.status == 1)
        #expect(render.status == 1)
        #expect(!lint.errors.isEmpty)
        #expect(lint.errors == render.errors)
        #expect(lint.errors.contains("treść dokumentu (word/document.xml), akapit 2: „{{date | dat}}”"))
        #expect(lint.output.hasSuffix("Szablonu nie da się wypełnić (błędy poniżej).\n"))
    }

    @Test func withDataItSaysWhatIsMissingAndWhatIsUnused() throws {
        let result = try zitdocs(["lint", folder + "/lista.docx", "--data", folder + "/dane.yaml"])
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("  brakuje: participant, participants.lastName, project"), "\(result.output)")
        #expect(lines.contains("  nieużywane: course.hours, participants.isWoman"), "\(result.output)")
        #expect(lines.contains("  participants (lista; pola każdego elementu:)"), "\(result.output)")
    }

    @Test func jsonCarriesTheSchemaTagsAndComparison() throws {
        let result = try zitdocs(["lint", folder + "/lista.docx", "--data", folder + "/dane.yaml", "--json"])
        #expect(result.status == 0, "\(result.errors)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let schema = try #require(json["schema"] as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["type"] as? String == "object")
        let properties = try #require(schema["properties"] as? [String: Any])
        let participants = try #require(properties["participants"] as? [String: Any])
        #expect(participants["type"] as? String == "array")
        let items = try #require(participants["items"] as? [String: Any])
        let fields = try #require(items["properties"] as? [String: Any])
        #expect(Set(fields.keys) == ["firstName", "lastName"])
        #expect((fields["lastName"] as? [String: Any])?["type"] as? [String] == ["string", "number"])
        let course = try #require(properties["course"] as? [String: Any])
        #expect(course["type"] as? String == "object")
        let comparison = try #require(json["comparison"] as? [String: Any])
        #expect(comparison["missing"] as? [String] == ["participant", "participants.lastName", "project"])
        let parts = try #require(json["parts"] as? [[String: Any]])
        let body = try #require(parts.first { $0["part"] as? String == "word/document.xml" })
        let tags = try #require(body["tags"] as? [[String: Any]])
        #expect(tags.compactMap { $0["source"] as? String }.contains("{{lastName | upper}}"))
        #expect(json["renders"] as? Bool == true)
    }
}
