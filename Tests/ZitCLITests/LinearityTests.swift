import Foundation
import Testing

let valgrindPath = ["/usr/bin/valgrind", "/usr/local/bin/valgrind"].first {
    FileManager.default.isExecutableFile(atPath: $0)
}
let stripPath = ["/usr/bin/strip", "/usr/local/bin/strip"].first { FileManager.default.isExecutableFile(atPath: $0) }

/// A batch ten times larger must cost about ten times the work, never a hundred: checked by
/// counting the instructions of real `zitdocs render` processes with valgrind, which gives the
/// same count on a busy machine as on an idle one (wall time would not).
@Suite(
    .serialized,
    .enabled(if: valgrindPath != nil && stripPath != nil, "needs valgrind and strip, which are not installed"))
final class LinearityTests {
    static let root = URL(fileURLWithPath: CheckCommandTests.sample).deletingLastPathComponent()
        .deletingLastPathComponent().path
    let folder = NSTemporaryDirectory() + "zitdocs-linearity-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// The folder holds a copy of the program (80 MB) and callgrind's logs.
    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// valgrind 3.19 cannot read the DWARF of Swift 6 binaries, so it counts a copy without it.
    func program() throws -> String {
        let copy = folder + "/zitdocs"
        try? FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: RegisterProcessTests.program, toPath: copy)
        try run(stripPath!, ["-g", copy])
        return copy
    }

    @discardableResult
    func run(_ executable: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Instructions of one `zitdocs render` with `count` people in its data.
    func instructions(_ program: String, people count: Int, _ arguments: [String]) throws -> Double {
        let data = folder + "/data-\(count).json"
        let people = (1...count).map { index in
            [
                "firstName": "Łucja", "lastName": "Żak-\(index)", "institution": "Związek ZIT nr \(index % 27)",
                "participant": ["firstName": "Łucja", "lastName": "Żak-\(index)"], "number": "\(index)/2026/WZP"
            ] as [String: Any]
        }
        try JSONSerialization.data(withJSONObject: ["participants": people]).write(to: URL(fileURLWithPath: data))
        let log = folder + "/callgrind-\(count).out"
        let status = try run(
            valgrindPath!,
            ["--tool=callgrind", "--callgrind-out-file=\(log)", program, "render"]
                + arguments.map {
                    $0.replacingOccurrences(of: "DATA", with: data).replacingOccurrences(
                        of: "OUT", with: folder + "/out-\(count)")
                })
        #expect(status == 0, "zitdocs failed under valgrind for \(count) people")
        let text = try String(contentsOfFile: log, encoding: .utf8)
        let total = text.split(separator: "\n").first { $0.hasPrefix("summary:") || $0.hasPrefix("totals:") }
        return Double(total?.split(separator: " ").last.map(String.init) ?? "") ?? 0
    }

    /// The cost of one more person, measured at `small` and at ten times as many people;
    /// start-up and reading the template are the same in both and fall out of the difference.
    func expectLinear(_ arguments: [String], what: String, small: Int = 20) throws {
        let program = try program()
        let large = 10 * small
        let one = try instructions(program, people: 1, arguments)
        let smallCost = try instructions(program, people: small, arguments)
        let largeCost = try instructions(program, people: large, arguments)
        let perPersonSmall = (smallCost - one) / Double(small - 1),
            perPersonLarge = (largeCost - one) / Double(large - 1)
        #expect(one > 0 && perPersonSmall > 0)
        #expect(
            perPersonLarge < 1.5 * perPersonSmall,
            "\(what): one more person costs \(Int(perPersonLarge)) instructions at \(large) people but \(Int(perPersonSmall)) at \(small)"
        )
    }

    @Test func certificatesOneFileEach() throws {
        try expectLinear(
            [
                Self.root + "/Templates/zaswiadczenie.docx", "--data", "DATA", "--each", "participants", "--output",
                "OUT"
            ],
            what: "one certificate per person")
    }

    @Test func certificatesMergedIntoOneDocument() throws {
        // As for the list: 20 copies are only just past 64 KB, mostly compressed by zlib, while
        // 200 are mostly coded from the template (which, in a debug build, costs more per byte).
        try expectLinear(
            [
                Self.root + "/Templates/zaswiadczenie.docx", "--data", "DATA", "--each", "participants", "--merge",
                "--output", "OUT.docx"
            ], what: "merged certificates", small: 50)
    }

    @Test func oneListWithARowPerPerson() throws {
        // 50 rows already make a long part (over 64 KB), compressed the way 500 rows are:
        // fewer would compare two ways of compressing rather than two sizes.
        try expectLinear(
            [Self.root + "/Bench/templates/lista-obecnosci.docx", "--data", "DATA", "--output", "OUT.docx"],
            what: "attendance list rows", small: 50)
    }
}
