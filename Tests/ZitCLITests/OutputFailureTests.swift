import Foundation
import Testing
import ZitRegister

/// Certificates that cannot be saved: an output "folder" that is a file, a folder without write
/// permission, a full disk. Each run ends with a failure status and a message naming the folder,
/// leaves no number issued without its document, and the next run that can write takes the same
/// numbers, so the series has no gaps.
@Suite(.serialized) final class OutputFailureTests {
    static let program = RegisterProcessTests.program
    static let isRoot = getuid() == 0

    let project = NSTemporaryDirectory() + "zitdocs-output-failure-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.copyItem(atPath: CheckCommandTests.sample, toPath: project)
        try? FileManager.default.removeItem(atPath: project + "/" + CertificateRegister.fileName)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: project)
    }

    struct Run {
        var status: Int32
        var errors: String
        var output: String
    }

    func zitdocs(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.program)
        process.arguments = arguments
        let errors = Pipe(), output = Pipe()
        process.standardError = errors
        process.standardOutput = output
        try process.run()
        let errorText = errors.fileHandleForReading.readDataToEndOfFile()
        let outputText = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, errors: String(decoding: errorText, as: UTF8.self),
            output: String(decoding: outputText, as: UTF8.self))
    }

    func certificates(into output: String) throws -> Run {
        try zitdocs(["generate", "certificates", "--event", "WZP-2", "--project", project, "--output", output])
    }

    /// The failed run: a failure status, the folder named in Polish, every number only reserved.
    func expectFailed(_ run: Run, folder: String, reason: String) throws {
        #expect(run.status != 0)
        #expect(run.errors.contains("Nie można zapisać dokumentów w folderze \(folder)"), "\(run.errors)")
        #expect(run.errors.contains(reason), "\(run.errors)")
        #expect(run.errors.contains("numery zaświadczeń (18 numerów) czekają na te same osoby"), "\(run.errors)")
        let entries = try CertificateRegister(folder: project).entries()
        #expect(entries.count == 18)
        #expect(
            entries.allSatisfy { $0.status == .reserved && $0.checksum == nil },
            "no number is issued without its document")
    }

    /// The next run that can write issues the same numbers, 1 to 18, each with its document's checksum.
    func expectCompletedByTheNextRun() throws {
        let reserved = try CertificateRegister(folder: project).entries().map(\.number)
        let output = project + "/out-ok"
        let run = try certificates(into: output)
        #expect(run.status == 0, "\(run.errors)")
        let entries = try CertificateRegister(folder: project).entries()
        #expect(entries.map(\.number) == reserved)
        #expect(entries.map(\.number) == (1...18).map { "\($0)/2025/WZP" })
        #expect(entries.allSatisfy { $0.status == .issued && $0.generatedBy != nil })
        let folder = output + "/certificates"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(Set(entries.compactMap(\.checksum)) == Set(files.compactMap { Checksum.of(file: folder + "/" + $0) }))
    }

    @Test func anOutputThatIsAFileNotAFolder() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.program) else {
            Issue.record("zitdocs is not built"); return
        }
        let output = project + "/wyniki.txt"
        try Data("to jest plik".utf8).write(to: URL(fileURLWithPath: output))
        let run = try certificates(into: output)
        try expectFailed(run, folder: output + "/certificates", reason: "\(output) jest plikiem, a nie folderem")
        try expectCompletedByTheNextRun()
    }

    @Test(
        .enabled(
            if: !isRoot,
            "root writes into a folder whatever its permissions, so chmod 0555 proves nothing; anOutputThatIsAFileNotAFolder and aFullDisk cover root"
        ))
    func anOutputFolderWithoutWritePermission() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.program) else {
            Issue.record("zitdocs is not built"); return
        }
        let output = project + "/tylko-odczyt"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        chmod(output, 0o555)
        defer { chmod(output, 0o755) }
        let run = try certificates(into: output)
        try expectFailed(run, folder: output + "/certificates", reason: "brak uprawnień do zapisu")
        try expectCompletedByTheNextRun()
    }

    /// A 64 KB file system: the first few certificates fit, the batch does not.
    @Test(.enabled(if: TinyDisk.canMount, "a small tmpfs can only be mounted by root (with CAP_SYS_ADMIN)"))
    func aFullDisk() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.program) else {
            Issue.record("zitdocs is not built"); return
        }
        let disk = try TinyDisk(at: project + "/pelny-dysk", kilobytes: 64)
        defer { disk.unmount() }
        let run = try certificates(into: disk.path)
        try expectFailed(run, folder: disk.path + "/certificates", reason: "na dysku jest za mało miejsca")
        // Nothing half-written is left under a document's name.
        let left = (try? FileManager.default.contentsOfDirectory(atPath: disk.path + "/certificates")) ?? []
        #expect(left.isEmpty, "\(left)")
        try expectCompletedByTheNextRun()
    }

    @Test func aCertificatePrintedAgainUnchangedHasTheSameChecksum() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.program) else {
            Issue.record("zitdocs is not built"); return
        }
        #expect(try certificates(into: project + "/out-1").status == 0)
        let first = try CertificateRegister(folder: project).entries()
        #expect(try certificates(into: project + "/out-2").status == 0)
        let second = try CertificateRegister(folder: project).entries()
        #expect(first.count == 18 && first.allSatisfy { $0.checksum?.count == 64 })
        #expect(first.map(\.checksum) == second.map(\.checksum))
        // The checksum is the file's SHA-256, as sha256sum prints it.
        let folder = project + "/out-2/certificates"
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))
            #expect(
                first.contains { $0.checksum == Checksum.of(file: folder + "/" + file) },
                "\(file), \(bytes.count) bytes")
        }
        let show = try zitdocs(["register", "show", "2/2025/WZP", "--project", project])
        #expect(show.status == 0)
        #expect(
            show.output.contains("Suma kontrolna: SHA-256 pliku dokumentu: \(second[1].checksum ?? "?")"),
            "\(show.output)")
        #expect(show.output.contains("Wygenerował(a): \(second[1].generatedBy ?? "?"), "), "\(show.output)")
    }
}

/// A small tmpfs mounted for one test and unmounted after it.
struct TinyDisk {
    let path: String

    static let canMount: Bool = {
        guard getuid() == 0 else { return false }
        let probe = NSTemporaryDirectory() + "zitdocs-mount-probe-\(UUID().uuidString)"
        guard let disk = try? TinyDisk(at: probe, kilobytes: 16) else { return false }
        disk.unmount()
        return true
    }()

    init(at path: String, kilobytes: Int) throws {
        self.path = path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", path]) == 0 else {
            try? FileManager.default.removeItem(atPath: path)
            throw CocoaError(.fileWriteNoPermission)
        }
    }

    func unmount() {
        _ = Self.run("/bin/umount", [path])
        try? FileManager.default.removeItem(atPath: path)
    }

    static func run(_ program: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
