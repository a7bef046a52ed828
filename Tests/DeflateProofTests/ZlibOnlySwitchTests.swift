import Foundation
import Testing
import ZitPackage

/// `ZITDOCS_ZLIB_ONLY=1`, as an office would set it for a document Word refuses: `zitdocs render`
/// then writes every certificate's filled part as zlib makes it, and without it every
/// certificate after the first is coded from the template's parse.
@Suite struct ZlibOnlySwitchTests {
    static let program = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("zitdocs").path

    @Test func zlibOnlyInTheEnvironmentSendsEveryFilledPartThroughZlib() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.program), "zitdocs is built next to the tests")
        let root = SampleProjectCodingTests.root
        for zlibOnly in [true, false] {
            let output = FileManager.default.temporaryDirectory.appendingPathComponent(
                "zitdocs-zlib-only-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: output) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.program)
            process.arguments = [
                "render", root.appendingPathComponent("Templates/zaswiadczenie.docx").path,
                "--data", root.appendingPathComponent("Examples/data/zaswiadczenia.yaml").path,
                "--each", "participants", "--output", output.path
            ]
            var environment = ProcessInfo.processInfo.environment
            environment["ZITDOCS_ZLIB_ONLY"] = zlibOnly ? "1" : nil
            process.environment = environment
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)

            let files = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
            #expect(files.count >= 3)
            var asZlibMakesIt = 0
            for file in files {
                let bytes = Array(try Data(contentsOf: output.appendingPathComponent(file)))
                let part = try #require(
                    try PackageContents(bytes, name: file).entries.first { $0.name == "word/document.xml" })
                #expect(part.checksum == part.recordedChecksum, "\(file)")
                if Array(part.written) == Deflate.compress(part.content).bytes { asZlibMakesIt += 1 }
            }
            // Without the switch only the first certificate filled goes through zlib: the template is parsed for the second.
            #expect(
                asZlibMakesIt == (zlibOnly ? files.count : 1),
                "ZITDOCS_ZLIB_ONLY=\(zlibOnly ? "1" : "unset"): \(asZlibMakesIt) of \(files.count) as zlib makes them")
        }
    }
}
