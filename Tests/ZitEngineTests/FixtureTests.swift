import Foundation
import Testing
import ZitPackage
import ZitXML

@testable import ZitEngine

/// Templates written by LibreOffice (and in the way Word writes them), with tags split across
/// runs, in tables, headers, footers, footnotes, text boxes and the title: the filled document
/// shows every expected line and no tag is left.
@Suite struct FixtureTests {
    struct Case: CustomStringConvertible, Sendable {
        var template: String
        var data: String
        var expected: String
        var delimiters: Delimiters = .mustache
        var description: String { "\(template) with \(data)" }
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        for name in ["lo-letter", "lo-table", "lo-paragraph-loop", "lo-image-loop"] {
            for ext in ["odt", "docx"] {
                cases.append(Case(template: "\(name).\(ext)", data: "\(name).json", expected: "\(name).expected.txt"))
            }
        }
        for ext in ["odt", "docx"] {
            cases.append(
                Case(template: "lo-table.\(ext)", data: "lo-table-empty.json", expected: "lo-table-empty.expected.txt"))
            cases.append(
                Case(
                    template: "lo-letter.\(ext)", data: "lo-letter-unknown.json",
                    expected: "lo-letter-unknown.expected.txt"))
        }
        cases.append(
            Case(
                template: "word-split-runs.docx", data: "word-split-runs.json", expected: "word-split-runs.expected.txt"
            ))
        for data in ["word-docxtemplater", "word-docxtemplater-empty"] {
            cases.append(
                Case(
                    template: "word-docxtemplater.docx", data: "\(data).json", expected: "\(data).expected.txt",
                    delimiters: .docxtemplater))
        }
        return cases.filter { FileManager.default.fileExists(atPath: TestPackages.fixture($0.template)) }
    }()

    @Test(arguments: cases)
    func filledDocumentShowsTheExpectedText(_ fixture: Case) throws {
        let data = try JSONDecoder().decode(
            TemplateValue.self, from: try Data(contentsOf: URL(fileURLWithPath: TestPackages.fixture(fixture.data))))
        let template = try Template(
            contentsOf: TestPackages.fixture(fixture.template), options: TemplateOptions(delimiters: fixture.delimiters)
        )
        let document = try template.render(data)

        let written = try Package(bytes: try DocumentWriter(for: template).bytes(of: document), name: fixture.template)
        let textParts = written.entryNames.filter { name in
            [
                "word/document.xml", "word/footnotes.xml", "word/endnotes.xml", "docProps/core.xml", "content.xml",
                "styles.xml", "meta.xml"
            ]
            .contains(name) || name.hasPrefix("word/header") || name.hasPrefix("word/footer")
        }
        var shown: [String] = []
        for name in textParts {
            let bytes = try written.read(name)
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains(fixture.delimiters.open + "#") && !text.contains("{{"), "a tag is left in \(name)")
            // Word drops a leading or trailing space of w:t unless it is marked to be kept.
            let unprotected = text.matches(of: /<w:t>( [^<]*|[^<]* )<\/w:t>/).map { String($0.1) }
            #expect(unprotected.isEmpty, "spaces Word would drop in \(name): \(unprotected)")
            if name.hasSuffix("core.xml") || name == "meta.xml" {
                let document = try XMLDocument(parsing: bytes, part: name)
                document.root?.walk { node in
                    if node.isElement, node.localName == "title", let child = node.firstChild {
                        shown.append(child.text)
                    }
                }
            } else {
                shown += try VisibleText.paragraphs(bytes, part: name)
            }
        }
        let cellLines = shown.flatMap { $0.components(separatedBy: " | ") }.flatMap { $0.components(separatedBy: "/") }
        let available = Set(shown.map(normalised) + cellLines.map(normalised))
        let expected = try String(contentsOfFile: TestPackages.fixture(fixture.expected), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map(String.init)
            .filter { !$0.hasPrefix("---") }
        for line in expected {
            #expect(available.contains(normalised(line)), "missing line: \(line)")
        }
    }

    private func normalised(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces)
    }
}
