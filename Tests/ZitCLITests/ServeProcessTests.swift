import Foundation
import Testing
import ZitRegister

/// `zitdocs serve` as a process: it refuses a project without an office account, and stops
/// cleanly on SIGTERM.
@Suite(.serialized) struct ServeProcessTests {
    let project = NSTemporaryDirectory() + "zitdocs-serve-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.copyItem(atPath: CheckCommandTests.sample, toPath: project)
        try? FileManager.default.removeItem(atPath: project + "/" + CertificateRegister.fileName)
    }

    func start() throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RegisterProcessTests.program)
        process.arguments = ["serve", "--project", project, "--port", "0"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, errors)
    }

    @Test func withoutAnOfficeAccountTheServerDoesNotStart() throws {
        let (process, errors) = try start()
        process.waitUntilExit()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 1)
        #expect(text.contains("nie ma jeszcze żadnego aktywnego konta biura"))
        #expect(text.contains("zitdocs user add biuro --role office --project \(project)"))
        try? FileManager.default.removeItem(atPath: project)
    }

    @Test func sigtermStopsTheServerCleanly() throws {
        let register = try CertificateRegister(folder: project)
        _ = try AccountStore(register: register).add(
            login: "biuro", role: .office, beneficiary: nil, passwordHash: "$2b$04$nieużywany", createdAt: "2026-12-07")
        let (process, errors) = try start()
        let output = Output()
        errors.fileHandleForReading.readabilityHandler = { output.append($0.availableData) }
        let deadline = Date().addingTimeInterval(60)
        while !output.text.contains("listening on"), Date() < deadline, process.isRunning {
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(output.text.contains("listening on 127.0.0.1:"))
        process.terminate()
        let stopBy = Date().addingTimeInterval(30)
        while process.isRunning, Date() < stopBy { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        errors.fileHandleForReading.readabilityHandler = nil
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        try? FileManager.default.removeItem(atPath: project)
    }
}

/// What a process wrote, collected as it comes.
final class Output: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ more: Data) {
        lock.lock()
        data += more
        lock.unlock()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }
}
