import Foundation
import Testing
import ZitDocuments
import ZitEngine
import ZitProject

/// Every document of the sample project, written by `zitdocs generate` the fast way (short
/// parts coded from the template's parse, long ones from the renderer's marks, their checksums
/// combined from the marks) and through zlib alone: a word processor must get the same text
/// from both, and every entry's checksum must be that of its text.
@Suite struct SampleProjectCodingTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test(arguments: [Generator.Format.docx, .odt])
    func everyDocumentIsTheSameAsThroughZlib(format: Generator.Format) throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("zitdocs-coding-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let project = work.appendingPathComponent("projekt").path
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        // A copy: the certificates' register is written into the project's folder.
        try FileManager.default.copyItem(
            atPath: Self.root.appendingPathComponent("Examples/projekt").path, toPath: project)
        let loaded = try #require(ProjectLoader.load(folder: project).project)
        let plans = DocumentPlans(ProjectFacts(loaded))

        var total = CodingComparison.Tally()
        var documents = 0
        for kind in ZitDocuments.DocumentKind.allCases {
            for merge in [false, true] {
                var files: [PartCoding: [String]] = [:]
                for coding in [PartCoding.fromMarks, .zlibOnly] {
                    var generator = Generator(
                        plans: plans, projectFolder: project,
                        templatesFolder: Self.root.appendingPathComponent("Templates").path,
                        outputFolder: work.appendingPathComponent("\(coding)-\(merge)").path, format: format)
                    generator.coding = coding
                    files[coding] = try generator.generate(kind, merge: merge).files
                }
                let marked = try #require(files[.fromMarks])
                let plain = try #require(files[.zlibOnly])
                #expect(!marked.isEmpty, "\(kind) \(format) merge: \(merge)")
                #expect(marked.map(Self.name) == plain.map(Self.name), "\(kind) \(format) merge: \(merge)")
                for (left, right) in zip(marked, plain) {
                    let tally = CodingComparison.expectSame(
                        fromMarks: try Self.bytes(left), zlibOnly: try Self.bytes(right),
                        document: "\(kind.rawValue)\(merge ? " --merge" : "") \(Self.name(left))")
                    total.entries += tally.entries
                    total.codedDifferently += tally.codedDifferently
                    total.bytes += tally.bytes
                    documents += 1
                }
            }
        }
        // The comparison means something only if the fast coders wrote most of these documents.
        #expect(documents > 500)
        #expect(
            total.codedDifferently > documents / 2,
            "\(total.codedDifferently) entries of \(documents) documents coded differently")
    }

    static func name(_ path: String) -> String { (path as NSString).lastPathComponent }

    static func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }
}
