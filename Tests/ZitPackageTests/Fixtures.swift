import Foundation
import Testing

@testable import ZitPackage

/// Shared inputs for the tests: a small ODF-like template and scratch folders.
enum Fixtures {
    static let odtMimetype = Array("application/vnd.oasis.opendocument.text".utf8)
    static let content = Array(
        String(repeating: "<text:p>Dear {{name}}, your certificate is attached.</text:p>\n", count: 200).utf8)
    static let styles = Array(String(repeating: "<style:style style:name=\"P1\"/>\n", count: 100).utf8)
    /// Incompressible bytes, like a JPEG or PNG.
    static let picture: [UInt8] = {
        var state: UInt32 = 12345
        return (0..<5000).map { _ in
            state = state &* 1_103_515_245 &+ 12345
            return UInt8(truncatingIfNeeded: state >> 16)
        }
    }()

    /// A package with no entries, the starting point for writing packages from scratch.
    static func emptyPackage() throws -> Package {
        try Package(bytes: PackageWriter.emptyArchive, name: "empty.zip")
    }

    static let templateEntries: [PackageEntry] = [
        .stored("mimetype", odtMimetype),
        .deflated("content.xml", content),
        .deflated("styles.xml", styles),
        .stored("Pictures/logo.png", picture),
        .stored("Configurations2/", []),
        .deflated("META-INF/manifest.xml", Array("<manifest:manifest/>".utf8))
    ]

    /// A template written by `PackageWriter` itself.
    static func template(name: String = "template.odt") throws -> Package {
        let bytes = try PackageWriter(source: emptyPackage()).bytes(of: templateEntries)
        return try Package(bytes: bytes, name: name)
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}

/// A fresh folder under the system temp folder, removed when the test is done with it.
final class ScratchFolder {
    let path: String

    init() {
        var template = Array((NSTemporaryDirectory() + "/zitpackage-XXXXXX").utf8CString)
        path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    }

    func file(_ name: String) -> String { path + "/" + name }

    var contents: [String] { (try? FileManager.default.contentsOfDirectory(atPath: path))?.sorted() ?? [] }

    func write(_ name: String, _ bytes: [UInt8]) {
        precondition(FileManager.default.createFile(atPath: file(name), contents: Data(bytes)), "cannot create \(name)")
    }

    func read(_ name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: file(name)).map { [UInt8]($0) }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Runs `body` and returns the `PackageError` it threw, or nil if it did not throw.
/// Any other error (from test setup) is recorded as a test failure.
func packageError<T>(_ body: () throws -> T, sourceLocation: SourceLocation = #_sourceLocation) -> PackageError? {
    do {
        _ = try body()
        return nil
    } catch let error as PackageError {
        return error
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
