import Foundation
import Testing

@testable import ZitPackage

@Suite struct AtomicWriteTests {
    let entries: [PackageEntry] = [.copied("mimetype"), .copied("content.xml")]

    @Test func missingFolderIsWriteFailedAndLeavesNoFile() throws {
        let folder = ScratchFolder()
        let destination = folder.file("no-such-folder/Certificate.odt")
        #expect(
            packageError { try PackageWriter(source: Fixtures.template()).write(entries, to: destination) }
                == .writeFailed(destination: destination, reason: "folder nie istnieje"))
        #expect(folder.contents.isEmpty)
    }

    @Test func successfulWriteLeavesOnlyTheDestination() throws {
        let folder = ScratchFolder()
        let writer = try PackageWriter(source: Fixtures.template())
        try writer.write(entries, to: folder.file("a.odt"))
        try writer.write(entries, to: folder.file("b.odt"))
        #expect(folder.contents == ["a.odt", "b.odt"])
    }

    @Test func existingFileIsReplacedWhole() throws {
        let folder = ScratchFolder()
        folder.write("out.odt", [UInt8](repeating: 0x41, count: 100_000))
        try PackageWriter(source: Fixtures.template()).write(entries, to: folder.file("out.odt"))
        let written = try Package(contentsOf: folder.file("out.odt"))
        #expect(written.entryNames == ["mimetype", "content.xml"])
        #expect(folder.contents == ["out.odt"])
    }

    /// Fails at the very last step (renaming over a folder), after the temporary file was
    /// written: the temporary file must be gone and the folder untouched.
    @Test func failureAfterTheTemporaryFileIsWrittenCleansUp() throws {
        let folder = ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.file("out.odt"), withIntermediateDirectories: false)
        folder.write("out.odt/keep.txt", [1])
        #expect(
            packageError { try PackageWriter(source: Fixtures.template()).write(entries, to: folder.file("out.odt")) }
                == .writeFailed(destination: folder.file("out.odt"), reason: "istnieje już folder o tej nazwie"))
        #expect(folder.contents == ["out.odt"])
        #expect(folder.read("out.odt/keep.txt") == [1])
    }

    @Test func pathEndingInSlashIsNotAFileName() throws {
        let folder = ScratchFolder()
        let destination = folder.path + "/"
        #expect(
            packageError { try PackageWriter(source: Fixtures.template()).write(entries, to: destination) }
                == .writeFailed(destination: destination, reason: "podana nazwa wskazuje folder, a nie plik"))
        #expect(folder.contents.isEmpty)
    }

    @Test func temporaryNameIsHiddenAndNextToTheDestination() {
        let name = AtomicFile.temporaryName(folder: "out/", file: "Certificate.docx")
        #expect(name.hasPrefix("out/.Certificate.docx."))
        #expect(name.hasSuffix(".tmp"))
        #expect(name.count == "out/.Certificate.docx.XXXXXX.tmp".count)
        #expect(name != AtomicFile.temporaryName(folder: "out/", file: "Certificate.docx"))
        #expect(AtomicFile.split("Certificate.docx") == ("", "Certificate.docx"))
        #expect(AtomicFile.split("/a/b/c.odt") == ("/a/b/", "c.odt"))
    }

    @Test func systemErrorsBecomePlainReasons() {
        #expect(SystemReason.writing(ENOSPC) == "dysk jest pełny")
        #expect(SystemReason.writing(EACCES) == "brak uprawnień do zapisu w tym miejscu")
        #expect(SystemReason.writing(ENOENT) == "folder nie istnieje")
        #expect(SystemReason.writing(EROFS) == "dysk jest tylko do odczytu")
        #expect(SystemReason.reading(EACCES) == "brak uprawnień do odczytu")
        #expect(SystemReason.writing(EXDEV).hasPrefix("system zgłosił: "))
    }
}
