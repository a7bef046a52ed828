import Foundation
import Testing
import ZitPackage

@testable import ZitEngine

/// Pictures from the data: placeholders (a picture whose alt text or name is `{{%tag}}`) and
/// inline picture tags, in Word and ODF, as a person opening the document would find them.
@Suite struct PictureTests {
    typealias T = PictureTemplates

    func entries(_ rendering: Rendering, under folder: String) throws -> [String] {
        try rendering.package().entryNames.filter { $0.hasPrefix(folder) && $0.contains("zitdocs-picture") }
    }

    func text(_ rendering: Rendering, _ entry: String) throws -> String {
        String(decoding: try rendering.package().read(entry), as: UTF8.self)
    }

    // MARK: Word placeholders

    @Test func aWordPlaceholderShowsTheDataPictureAtThePlaceholdersSize() throws {
        let body = T.paragraph("Podpis:") + "<w:p>\(T.wordDrawing(descr: "{{%podpis}}"))</w:p>"
        let rendering = try Rendering(
            try T.docx(body), data: ["podpis": "obrazy/podpis.png"], options: try T.options())
        #expect(try entries(rendering, under: "word/media/") == ["word/media/zitdocs-picture-1.png"])
        #expect(try rendering.package().read("word/media/zitdocs-picture-1.png") == (try T.picture("podpis.png")))
        let relationships = try text(rendering, "word/_rels/document.xml.rels")
        #expect(
            relationships.contains(
                #"<Relationship Id="rIdZitdocsPicture1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/zitdocs-picture-1.png"/>"#
            ))
        #expect(relationships.contains(#"Target="media/placeholder.png""#))  // the template's own stays
        let xml = try rendering.xml()
        #expect(xml.contains(#"r:embed="rIdZitdocsPicture1""#))
        #expect(xml.occurrences(of: #"cx="1800000" cy="720000""#) == 2)  // wp:extent and a:ext
        #expect(!xml.contains("{{%podpis}}"))
        #expect(xml.contains(#"descr="podpis""#))
        #expect(rendering.document.warnings.isEmpty)
    }

    @Test func theDataCanAskForASizeOrForThePicturesProportionsInsideTheBox() throws {
        let body = "<w:p>\(T.wordDrawing(descr: "{{%podpis}}"))</w:p>"
        let sized = try Rendering(
            try T.docx(body), data: ["podpis": ["obraz": "obrazy/podpis.png", "szerokosc_cm": 4, "wysokosc_cm": "1,5"]],
            options: try T.options())
        #expect(try sized.xml().occurrences(of: #"cx="1440000" cy="540000""#) == 2)
        // 400 × 150 px in a 5 × 2 cm box: the width fills it, the height is 5 × 150/400 = 1.875 cm.
        let fitted = try Rendering(
            try T.docx(body), data: ["podpis": ["obraz": "obrazy/podpis.png", "proporcje": true]],
            options: try T.options())
        #expect(try fitted.xml().occurrences(of: #"cx="1800000" cy="675000""#) == 2)
    }

    @Test func aMissingPictureRemovesThePlaceholderWithAWarningNamingTagAndPart() throws {
        let body = T.paragraph("Podpis:") + "<w:p>\(T.wordDrawing(descr: "{{%podpis}}"))</w:p>"
        let rendering = try Rendering(try T.docx(body), data: [:], options: try T.options())
        #expect(!(try rendering.xml().contains("<w:drawing>")))
        #expect(try entries(rendering, under: "word/").isEmpty)
        #expect(
            rendering.document.warnings.map(\.description) == [
                "treść dokumentu (word/document.xml), obraz: „{{%podpis}}”: w danych nie ma obrazu „podpis” dla znacznika {{%podpis}}; miejsce na obraz usunięto."
            ])
        let missingFile = try Rendering(try T.docx(body), data: ["podpis": "obrazy/brak.png"], options: try T.options())
        #expect(missingFile.document.warnings.first?.message.contains("nie ma pliku obrazu „obrazy/brak.png”") == true)
    }

    @Test func strictMakesAMissingPictureAnError() throws {
        let body = "<w:p>\(T.wordDrawing(descr: "{{%podpis}}"))</w:p>"
        let found = problems { _ = try Rendering(try T.docx(body), data: [:], options: try T.options(strict: true)) }
        #expect(
            found.first?.description
                == "treść dokumentu (word/document.xml), obraz: „{{%podpis}}”: w danych nie ma obrazu „podpis” dla znacznika {{%podpis}}."
        )
    }

    @Test func picturesOutsideTheFolderOrNotWhatTheyClaimAreRefused() throws {
        let body = "<w:p>\(T.wordDrawing(descr: "{{%podpis}}"))</w:p>"
        func message(_ value: TemplateValue) -> String {
            problems { _ = try Rendering(try T.docx(body), data: ["podpis": value], options: try T.options()) }
                .map(\.message).joined()
        }
        #expect(
            message("../projekt/obrazy/podpis.png")
                == "obrazu dla znacznika {{%podpis}} nie da się wstawić: ścieżka „../projekt/obrazy/podpis.png” prowadzi poza folder danych; podaj ścieżkę względną wewnątrz tego folderu."
        )
        #expect(message("/etc/passwd").contains("„/etc/passwd” prowadzi poza folder danych"))
        #expect(message("obrazy/../../x.png").contains("prowadzi poza folder danych"))
        #expect(
            message("obrazy/rysunek.svg")
                == "obrazu dla znacznika {{%podpis}} nie da się wstawić: plik „obrazy/rysunek.svg”: dokument Word przyjmuje obrazy PNG i JPEG; zapisz obraz SVG jako PNG."
        )
        let jpegClaim = "data:image/jpeg;base64," + Data(try T.picture("logo.png")).base64EncodedString()
        #expect(message(.string(jpegClaim)).contains("obraz z danych (data:): to nie jest obraz JPEG, za jaki uchodzi"))
        #expect(message("data:text/plain;base64,AAAA").contains("typ „text/plain” nie jest obsługiwany"))
        #expect(message(["obraz": "obrazy/podpis.png", "szerokosc_cm": "dużo"]).contains("pole „szerokosc_cm”"))
    }

    @Test func aPictureOverTheSizeLimitIsRefused() throws {
        var bytes = try T.picture("logo.png")
        bytes += [UInt8](repeating: 0, count: PictureFile.largestSize)
        #expect(throws: PictureFile.Refusal.tooLarge(bytes: bytes.count)) {
            try PictureFile(bytes: bytes, claimed: .png)
        }
    }

    @Test func aDataURIIsPutInAtThePlaceholdersSize() throws {
        let body = "<w:p>\(T.wordDrawing(descr: "{{%kod}}"))</w:p>"
        let uri = "data:image/png;base64," + Data(try T.picture("logo.png")).base64EncodedString()
        let rendering = try Rendering(try T.docx(body), data: ["kod": .string(uri)], options: TemplateOptions())
        #expect(try rendering.package().read("word/media/zitdocs-picture-1.png") == (try T.picture("logo.png")))
        #expect(try rendering.xml().occurrences(of: #"cx="1800000" cy="720000""#) == 2)
    }

    // MARK: ODF placeholders

    @Test func anODFFrameNamedByATagShowsTheDataPicture() throws {
        let content = T.odfParagraph("Podpis:") + T.odfFrame(name: "{{%podpis}}")
        let rendering = try Rendering(
            try T.odt(content), name: "test.odt", data: ["podpis": "obrazy/podpis.png"], options: try T.options())
        #expect(try entries(rendering, under: "Pictures/") == ["Pictures/zitdocs-picture-1.png"])
        let manifest = try text(rendering, "META-INF/manifest.xml")
        #expect(
            manifest.contains(
                #"<manifest:file-entry manifest:full-path="Pictures/zitdocs-picture-1.png" manifest:media-type="image/png"/>"#
            ))
        let xml = try rendering.xml()
        #expect(xml.contains(#"xlink:href="Pictures/zitdocs-picture-1.png""#))
        #expect(xml.contains(#"svg:width="5.000cm" svg:height="2.000cm""#))
        #expect(xml.contains(#"draw:name="podpis""#))
    }

    @Test func anODFDocumentTakesSVG() throws {
        let rendering = try Rendering(
            try T.odt(T.odfFrame(name: "{{%logo}}")), name: "test.odt", data: ["logo": "obrazy/rysunek.svg"],
            options: try T.options())
        #expect(
            try text(rendering, "META-INF/manifest.xml").contains(
                #"manifest:full-path="Pictures/zitdocs-picture-1.svg" manifest:media-type="image/svg+xml""#))
    }

    @Test func aMissingPictureRemovesTheODFFrame() throws {
        let rendering = try Rendering(
            try T.odt(T.odfFrame(name: "{{%podpis}}")), name: "test.odt", data: [:], options: try T.options())
        #expect(!(try rendering.xml().contains("draw:frame")))
        #expect(rendering.document.warnings.count == 1)
    }

    // MARK: inline tags

    @Test func anInlineTagInWordIsSizedFromThePicturesResolution() throws {
        let rendering = try Rendering(
            try T.docx(T.paragraph("Zdjęcie: {{%zdjecie}} koniec")),
            data: ["zdjecie": "obrazy/podpis.png"], options: try T.options())
        // 400 × 150 px at 300 dpi: 3.387 × 1.27 cm.
        let xml = try rendering.xml()
        #expect(xml.occurrences(of: #"cx="1219200" cy="457200""#) == 2)
        #expect(try rendering.paragraphs() == ["Zdjęcie:  koniec"])
        #expect(xml.contains(#"r:embed="rIdZitdocsPicture1""#))
    }

    @Test func anInlineTagWithoutAResolutionIsTakenAt96DotsPerInch() throws {
        let rendering = try Rendering(
            try T.docx(T.paragraph("{{%logo}}")), data: ["logo": "obrazy/logo.png"], options: try T.options())
        // 300 × 100 px at 96 dpi: 7.9375 × 2.6458 cm.
        #expect(try rendering.xml().occurrences(of: #"cx="2857500" cy="952500""#) == 2)
    }

    @Test func anInlineTagInODFIsAFrameAsCharacterSizedFromTheData() throws {
        let rendering = try Rendering(
            try T.odt(T.odfParagraph("Logo: {{%logo}}")), name: "test.odt",
            data: ["logo": ["obraz": "obrazy/logo.png", "szerokosc_cm": 3]], options: try T.options())
        let xml = try rendering.xml()
        #expect(xml.contains(#"text:anchor-type="as-char" svg:width="3.000cm" svg:height="1.000cm""#))
        #expect(xml.contains(#"xlink:href="Pictures/zitdocs-picture-1.png""#))
    }

    // MARK: loops and merges

    @Test func aPictureInEveryRowIsStoredOnceWithFreshDrawingIds() throws {
        let body =
            T.paragraph("{{#praktyki}}") + T.paragraph("{{nazwa}}")
            + "<w:p>\(T.wordDrawing(descr: "{{%zdjecie}}"))</w:p>"
            + T.paragraph("{{/praktyki}}")
        let rendering = try Rendering(
            try T.docx(body),
            data: [
                "praktyki": [
                    ["nazwa": "A", "zdjecie": "obrazy/zdjecie.png"], ["nazwa": "B", "zdjecie": "obrazy/logo.png"],
                    ["nazwa": "C", "zdjecie": "obrazy/zdjecie.png"], ["nazwa": "D"]
                ]
            ], options: try T.options())
        #expect(
            try entries(rendering, under: "word/media/") == [
                "word/media/zitdocs-picture-1.png", "word/media/zitdocs-picture-2.png"
            ])
        let xml = try rendering.xml()
        #expect(xml.occurrences(of: #"r:embed="rIdZitdocsPicture1""#) == 2)
        #expect(xml.occurrences(of: #"r:embed="rIdZitdocsPicture2""#) == 1)
        #expect(xml.occurrences(of: "<w:drawing>") == 3)
        let ids = xml.components(separatedBy: "<wp:docPr id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(Set(ids).count == 3)
        #expect(rendering.document.warnings.count == 1)  // D has none
        #expect(try text(rendering, "word/_rels/document.xml.rels").occurrences(of: "zitdocs-picture") == 2)
    }

    @Test func eachMergedDocumentKeepsItsPicture() throws {
        let template = try TestPackages.template(
            try T.odt(T.odfParagraph("{{name}}") + T.odfFrame(name: "{{%logo}}")), name: "test.odt",
            options: try T.options())
        let merged = try template.renderMerged([
            ["name": "A", "logo": "obrazy/logo.png"], ["name": "B", "logo": "obrazy/podpis.png"],
            ["name": "C", "logo": "obrazy/logo.png"]
        ])
        let package = try Package(bytes: try DocumentWriter(for: template).bytes(of: merged), name: "out.odt")
        #expect(package.entryNames.filter { $0.contains("zitdocs-picture") }.count == 2)
        let xml = String(decoding: try #require(merged.parts["content.xml"]), as: UTF8.self)
        #expect(xml.occurrences(of: "Pictures/zitdocs-picture-1.png") == 2)
        #expect(xml.occurrences(of: "Pictures/zitdocs-picture-2.png") == 1)
    }

    @Test func aPictureInTheHeaderGetsTheHeadersOwnRelationships() throws {
        let rendering = try Rendering(
            try T.docx(T.paragraph("x"), header: "Logo: {{%logo}}"), data: ["logo": "obrazy/logo.png"],
            options: try T.options())
        let headerRelationships = try text(rendering, "word/_rels/header1.xml.rels")
        #expect(headerRelationships.contains(#"Id="rIdZitdocsPicture1""#))
        #expect(headerRelationships.contains(#"Target="media/zitdocs-picture-1.png""#))
    }

    // MARK: headers of the pictures

    @Test func aJPEGsSizeAndDensityAreReadFromItsHeader() throws {
        let jfif: [UInt8] =
            [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF\0".utf8) + [1, 1, 1, 0, 150, 0, 150, 0, 0]
        let frame: [UInt8] = [0xFF, 0xC0, 0x00, 0x11, 8, 0x00, 0x64, 0x00, 0xC8, 3] + [UInt8](repeating: 0, count: 9)
        let picture = try PictureFile(bytes: jfif + frame + [0xFF, 0xD9], claimed: .jpeg)
        #expect(picture.width == 200 && picture.height == 100 && picture.dotsPerInch == 150)
        #expect(throws: PictureFile.Refusal.notThe(.png)) { try PictureFile(bytes: jfif + frame, claimed: .png) }
        #expect(throws: PictureFile.Refusal.notAPicture) { try PictureFile(bytes: Array("GIF89a".utf8), claimed: nil) }
    }
}
