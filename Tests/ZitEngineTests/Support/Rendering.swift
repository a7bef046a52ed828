import Testing
import ZitPackage

@testable import ZitEngine

/// Renders a template and reads back what a person would see in a part.
struct Rendering {
    let template: Template
    let document: RenderedDocument

    init(
        _ bytes: [UInt8], name: String = "test.docx", data: TemplateValue, options: TemplateOptions = TemplateOptions()
    ) throws {
        template = try Template(bytes: bytes, name: name, options: options)
        document = try template.render(data)
    }

    var bodyPart: String { template.format == .wordprocessing ? "word/document.xml" : "content.xml" }

    func paragraphs(_ part: String? = nil) throws -> [String] {
        let name = part ?? bodyPart
        return try VisibleText.paragraphs(try #require(document.parts[name]), part: name)
    }

    func xml(_ part: String? = nil) throws -> String {
        String(decoding: try #require(document.parts[part ?? bodyPart]), as: UTF8.self)
    }

    /// The written package, read back.
    func package() throws -> Package {
        let bytes = try DocumentWriter(for: template).bytes(of: document)
        return try Package(bytes: bytes, name: "out")
    }
}

/// The problems a template or data produces, as their messages.
func problems(_ body: () throws -> Void) -> [TemplateProblem] {
    do {
        try body()
        return []
    } catch let error as TemplateError {
        return error.problems
    } catch {
        Issue.record("unexpected error \(error)")
        return []
    }
}
