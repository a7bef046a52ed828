import Testing

@testable import ZitPackage

/// Messages are read by office workers: one plain sentence that names the file and part.
@Suite struct MessageTests {
    @Test func examplesFromTheSpecification() {
        #expect(
            PackageError.notAZipPackage(source: "Certificate.docx").description
                == "Certificate.docx: to nie jest poprawny dokument Word ani OpenDocument (plik nie jest archiwum ZIP albo jest uszkodzony)."
        )
        #expect(
            PackageError.entryTooLarge(
                source: "template.odt", entry: "content.xml", size: 300_000_000, limit: 256 << 20
            ).description
                == "template.odt: część „content.xml” po rozpakowaniu zajmuje ponad 256 MB; plik odrzucono jako niebezpieczny."
        )
    }

    static let all: [PackageError] = [
        .unreadable(source: "T.docx", reason: "plik nie istnieje"),
        .notAZipPackage(source: "T.docx"),
        .tooManyEntries(source: "T.docx", count: 10_001, limit: 10_000),
        .entryTooLarge(source: "T.docx", entry: "word/document.xml", size: 1, limit: 2),
        .packageTooLarge(source: "T.docx", size: 2 << 30, limit: 1 << 30),
        .suspiciousCompression(source: "T.docx", entry: "word/document.xml", ratio: 1000, limit: 200),
        .unsafeEntryName(source: "T.docx", entry: "../evil\u{0}.xml"),
        .duplicateEntry(source: "T.docx", entry: "word/document.xml"),
        .missingEntry(source: "T.docx", entry: "word/document.xml"),
        .corruptEntry(
            source: "T.docx", entry: "word/document.xml", reason: "jej suma kontrolna nie zgadza się z zawartością"),
        .writeFailed(destination: "T.docx", reason: "dysk jest pełny")
    ]

    @Test(arguments: all) func everyMessageIsOnePlainSentenceNamingTheFile(error: PackageError) {
        let text = error.description
        #expect(text.hasPrefix("T.docx"))
        #expect(text.hasSuffix("."))
        #expect(!text.contains("\u{0}"))
        for jargon in ["nil", "Optional", "errno", "pointer", "zip_", "ZIP_ER", "0x"] {
            #expect(!text.contains(jargon), "\(jargon) in: \(text)")
        }
        if text.contains("część „") || text.contains("nazwa części „") {
            #expect(text.contains("word/document.xml") || text.contains("../evil"))
        }
    }

    @Test func numbersAreWrittenForPeople() {
        #expect(
            PackageError.tooManyEntries(source: "a", count: 10_001, limit: 10_000).description
                == "a: plik składa się z 10 001 części, więcej niż dozwolone 10 000; plik odrzucono jako niebezpieczny."
        )
        #expect(PlainWords.size(1 << 30) == "1 GB")
        #expect(PlainWords.size(256 << 20) == "256 MB")
        #expect(PlainWords.size(1536) == "1,5 KB")
        #expect(PlainWords.size(1) == "1 B")
        #expect(PlainWords.size(999) == "999 B")
        #expect(PlainWords.count(1_234_567) == "1 234 567")
        #expect(PlainWords.count(100) == "100")
    }
}
