import Foundation
import Testing
import ZitPolish
import ZitRegister

/// Real `zitdocs` processes against one project: at the same time, and killed halfway.
@Suite(.serialized) struct RegisterProcessTests {
    /// The program built beside this test bundle.
    static let program = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("zitdocs").path

    let project = NSTemporaryDirectory() + "zitdocs-register-project-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.copyItem(atPath: CheckCommandTests.sample, toPath: project)
        try? FileManager.default.removeItem(atPath: project + "/" + CertificateRegister.fileName)
    }

    func start(_ output: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.program)
        process.arguments = ["generate", "certificates", "--project", project, "--output", output]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Every number issued once, and each series counted 1, 2, 3… without a gap.
    func expectCompleteRegister(count: Int) throws {
        let entries = try CertificateRegister(folder: project).entries()
        #expect(entries.count == count)
        #expect(entries.allSatisfy { $0.status == .issued })
        #expect(Set(entries.map(\.number)).count == entries.count)
        let bySeries = Dictionary(grouping: entries) {
            $0.number.split(separator: "/").dropFirst().joined(separator: "/")
        }
        for (series, numbers) in bySeries {
            let sequence = numbers.compactMap { Int($0.number.split(separator: "/")[0]) }.sorted()
            #expect(sequence == Array(1...sequence.count), "\(series)")
        }
    }

    @Test func twoRunsAtOnceShareTheNumbering() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.program) else {
            Issue.record("zitdocs is not built"); return
        }
        let first = try start(project + "/out-1")
        let second = try start(project + "/out-2")
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0 && second.terminationStatus == 0)
        try expectCompleteRegister(count: 515)
        // Both runs printed the same certificate with the same number.
        let files = try FileManager.default.contentsOfDirectory(atPath: project + "/out-1/certificates").sorted()
        #expect(files.count == 515)
        let one = try Data(contentsOf: URL(fileURLWithPath: project + "/out-1/certificates/" + files[7]))
        let two = try Data(contentsOf: URL(fileURLWithPath: project + "/out-2/certificates/" + files[7]))
        #expect(one == two)
    }

    @Test func aRunKilledHalfwayIsCompletedByTheNext() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.program) else {
            Issue.record("zitdocs is not built"); return
        }
        let output = project + "/out"
        let killed = try start(output)
        Thread.sleep(forTimeInterval: 0.4)
        kill(killed.processIdentifier, SIGKILL)
        killed.waitUntilExit()
        // Whatever it left is either complete or hidden; nothing half-written has a document's name.
        for file in (try? FileManager.default.contentsOfDirectory(atPath: output + "/certificates")) ?? []
        where !file.hasPrefix(".") {
            #expect(file.hasSuffix(".docx"))
        }
        let again = try start(output)
        again.waitUntilExit()
        #expect(again.terminationStatus == 0)
        try expectCompleteRegister(count: 515)
        let left = try FileManager.default.contentsOfDirectory(atPath: output + "/certificates")
        #expect(left.filter { $0.hasPrefix(".") }.isEmpty)
        #expect(left.count == 515)
        let runs = try CertificateRegister(folder: project).runs()
        #expect(runs.map(\.command) == ["generate certificates"])
        #expect(runs[0].files.count == 515)
        #expect(runs[0].dataChecksum.count == 64 && runs[0].templateChecksum.count == 64)
    }

    /// `register show` as the office reads it: the event's name beside its id, the date in Polish.
    @Test func showNamesTheEventAndWritesTheDateInPolish() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.program) else {
            Issue.record("zitdocs is not built"); return
        }
        let run = try start(project + "/out")
        run.waitUntilExit()
        let entry = try #require(try CertificateRegister(folder: project).entries().first { $0.subject == "WZP-2" })
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.program)
        process.arguments = ["register", "show", entry.number, "--project", project]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lines = text.split(separator: "\n").map(String.init)
        #expect(
            lines.contains {
                $0.hasPrefix("Dotyczy:        Warsztat 2/5 — zarządzanie projektami: ") && $0.hasSuffix(" (WZP-2)")
            }, "\(lines)")
        let date = try #require(CalendarDate(iso: entry.issuedOn))
        let months = [
            "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
            "października", "listopada", "grudnia"
        ]
        #expect(lines.contains("Data wydania:   \(date.day) \(months[date.month - 1]) \(date.year) r."), "\(lines)")
    }
}
