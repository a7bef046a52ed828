import Foundation
import Testing
import ZitPackage
import ZitXML

@testable import ZitEngine

/// Templates built to hurt end in a clear error, quickly, without reading what they point at.
@Suite struct HostileTemplateTests {
    @Test func externalEntityInTheBodyIsRefused() throws {
        let evil =
            #"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>"#
            + #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"#
        let bytes = try TestPackages.replacing(
            ["word/document.xml": evil], in: TestPackages.fixture("skeleton/skeleton.docx"))
        do {
            _ = try Template(bytes: bytes, name: "evil.docx")
            Issue.record("a template with a DTD was accepted")
        } catch {
            #expect(
                error.description
                    == "word/document.xml, linia 1: ta część zawiera deklarację DTD (<!DOCTYPE>), której dokumenty biurowe nigdy nie mają; odrzucono ją jako niebezpieczną."
            )
        }
    }

    @Test func entityExpansionBombInContentIsRefused() throws {
        var bomb = #"<?xml version="1.0"?>"# + "\n" + #"<!DOCTYPE office:document-content [<!ENTITY a "aaaaaaaaaa">"#
        for level in 1...9 {
            bomb +=
                "<!ENTITY a\(level) \"" + String(repeating: "&a\(level == 1 ? "" : String(level - 1));", count: 10)
                + "\">"
        }
        bomb +=
            "]><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">&a9;</office:document-content>"
        let bytes = try TestPackages.replacing(["content.xml": bomb], in: TestPackages.fixture("skeleton/skeleton.odt"))
        #expect(throws: TemplateError.self) { try Template(bytes: bytes, name: "bomb.odt") }
    }

    @Test func aTruncatedOrFakeDocumentIsNotAZip() throws {
        let real = try [UInt8](Data(contentsOf: URL(fileURLWithPath: TestPackages.fixture("skeleton/skeleton.docx"))))
        for bytes in [Array(real.prefix(real.count / 2)), Array("To nie jest dokument Worda.".utf8)] {
            do {
                _ = try Template(bytes: bytes, name: "zaswiadczenie.docx")
                Issue.record("a damaged file was accepted")
            } catch {
                #expect(
                    error.description.hasPrefix(
                        "zaswiadczenie.docx: to nie jest poprawny dokument Word ani OpenDocument"))
            }
        }
    }

    @Test func aZipThatIsNotADocumentSaysSo() throws {
        let package = try Package(contentsOf: TestPackages.fixture("skeleton/skeleton.docx"))
        let bytes = try PackageWriter(source: package).bytes(of: [.deflated("notes.txt", Array("x".utf8))])
        do {
            _ = try Template(bytes: bytes, name: "archiwum.docx")
            Issue.record("a plain zip was accepted")
        } catch {
            #expect(
                error.description
                    == "archiwum.docx: to nie jest ani dokument Word (.docx), ani dokument tekstowy OpenDocument (.odt)."
            )
        }
    }

    @Test func aHugeDeclaredPartIsRefusedBeforeReading() throws {
        // 50 MB of spaces deflate to well under a megabyte: a classic zip bomb.
        let package = try Package(contentsOf: TestPackages.fixture("skeleton/skeleton.docx"))
        let huge = [UInt8](repeating: 0x20, count: 50 << 20)
        let bomb = try PackageWriter(source: package).bytes(
            of: package.entryNames.map {
                $0 == "word/document.xml" ? .deflated($0, huge) : .copied($0)
            })
        #expect(bomb.count < 2 << 20)
        do {
            _ = try Template(bytes: bomb, name: "bomb.docx")
            Issue.record("a zip bomb was accepted")
        } catch {
            #expect(error.description.contains("odrzucono jako niebezpieczny"))
        }
    }
}

/// A picture in a template can be swapped for another (the office's logo strip).
@Suite struct PictureReplacementTests {
    @Test(arguments: ["lo-image-loop.docx", "lo-image-loop.odt"])
    func theNamedPictureIsFoundAndReplaced(_ name: String) throws {
        let template = try Template(contentsOf: TestPackages.fixture(name))
        let entry = try #require(template.imageEntry(named: "Obraz1"))
        #expect(entry.hasPrefix(name.hasSuffix("docx") ? "word/media/" : "Pictures/"))
        #expect(template.imageEntry(named: "nie-ma-takiego") == nil)
        var document = try template.render(["people": []])
        let replacement: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]
        document.replacedEntries = [entry: replacement]
        let written = try Package(bytes: try DocumentWriter(for: template).bytes(of: document), name: name)
        #expect(try written.read(entry) == replacement)
    }
}
