import Dispatch
import Foundation
import Testing

@testable import ZitPackage

@Suite struct ConcurrencyTests {
    /// Two threads, each with its own writer over one shared template, 50 files each.
    @Test func twoWritersOverOnePackageWriteValidFilesConcurrently() throws {
        let template = try Fixtures.template()
        let folder = ScratchFolder()
        let path = folder.path
        @Sendable func content(_ thread: Int, _ file: Int) -> [UInt8] {
            Array("<text:p>thread \(thread) file \(file) \(String(repeating: "x", count: file * 37))</text:p>".utf8)
        }
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { thread in
            do {
                let writer = try PackageWriter(source: template)
                for file in 0..<50 {
                    try writer.write(
                        [
                            .copied("mimetype"), .deflated("content.xml", content(thread, file)),
                            .copied("styles.xml"), .copied("Pictures/logo.png")
                        ],
                        to: "\(path)/t\(thread)-\(file).odt")
                    // Reads through the shared package run concurrently with the other thread.
                    if try template.read("styles.xml") != Fixtures.styles { failures.add("styles read \(thread)") }
                }
            } catch {
                failures.add("thread \(thread): \(error)")
            }
        }
        #expect(failures.all.isEmpty)
        #expect(folder.contents.count == 100)
        for thread in 0..<2 {
            for file in 0..<50 {
                let package = try Package(contentsOf: folder.file("t\(thread)-\(file).odt"))
                #expect(try package.read("content.xml") == content(thread, file))
                #expect(try package.read("Pictures/logo.png") == Fixtures.picture)
                #expect(try package.read("mimetype") == Fixtures.odtMimetype)
            }
        }
    }

    @Test func manyConcurrentReadsOfOnePackageAgree() throws {
        let template = try Fixtures.template()
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            for _ in 0..<20 {
                let name = i % 2 == 0 ? "content.xml" : "Pictures/logo.png"
                let expected = i % 2 == 0 ? Fixtures.content : Fixtures.picture
                if (try? template.read(name)) != expected { failures.add("read \(i)") }
            }
        }
        #expect(failures.all.isEmpty)
    }
}

/// Collects failures from worker threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
