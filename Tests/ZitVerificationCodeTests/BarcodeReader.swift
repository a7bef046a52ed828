import Foundation

/// zbar's `zbarimg` (Debian's zbar-tools, installed by `make test`), reading a picture as a
/// phone's camera would: what a person scanning the printed code gets.
enum BarcodeReader {
    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "zbarimg not found: install Debian's zbar-tools (make test-deps) to read the QR codes back"
        }
    }

    static func decode(_ png: [UInt8]) throws -> String {
        guard
            let tool = ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first(where: FileManager.default.isExecutableFile)
        else { throw Missing() }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).png")
        try Data(png).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--raw", "--quiet", file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: text, as: UTF8.self).trimmingCharacters(in: .newlines)
    }
}
