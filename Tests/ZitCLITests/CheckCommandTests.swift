import ArgumentParser
import Foundation
import Testing
@testable import ZitCLI

/// `zitdocs check` on the sample project and on a copy with a mistake planted in it.
@Suite struct CheckCommandTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/projekt").path

    @Test func theSampleProjectPasses() throws {
        var command = try Zitdocs.parseAsRoot(["check", "--project", Self.sample])
        try command.run()
    }

    @Test func aPlantedMistakeFailsTheCheck() throws {
        let copy = NSTemporaryDirectory() + "zitdocs-check-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: Self.sample, toPath: copy)
        let events = copy + "/wydarzenia.yaml"
        let text = try String(contentsOfFile: events, encoding: .utf8)
        let planted = try #require(text.range(of: "organizator: JG"))
        try text.replacingCharacters(in: planted, with: "organizator: XX").write(toFile: events, atomically: true, encoding: .utf8)
        var command = try Zitdocs.parseAsRoot(["check", "--project", copy])
        #expect(throws: ExitCode.failure) { try command.run() }
    }
}
