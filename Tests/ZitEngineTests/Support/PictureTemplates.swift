import Foundation
import ZitPackage

@testable import ZitEngine

/// Templates with picture placeholders, and the pictures the tests fill them with.
enum PictureTemplates {
    static func picture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: TestPackages.fixtures.appendingPathComponent("pictures/\(name)")))
    }

    /// The test pictures by the paths a data file would give.
    static func source() throws -> PictureSource {
        var files: [String: [UInt8]] = [:]
        for name in ["podpis.png", "logo.png", "zdjecie.png", "rysunek.svg"] {
            files["obrazy/\(name)"] = try picture(name)
        }
        let known = files
        return PictureSource { known[$0] }
    }

    static func options(strict: Bool = false) throws -> TemplateOptions {
        TemplateOptions(strict: strict, pictures: try source())
    }

    /// Word's markup of a picture 5 × 2 cm (1800000 × 720000 EMU), its alt text `descr`.
    static func wordDrawing(descr: String, id: Int = 7, relationship: String = "rId9") -> String {
        """
        <w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="1800000" cy="720000"/>\
        <wp:docPr id="\(id)" name="Obraz \(id)" descr="\(descr)"/><a:graphic><a:graphicData \
        uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr>\
        <pic:cNvPr id="0" name="Obraz \(id)" descr="\(descr)"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>\
        <a:blip r:embed="\(relationship)"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm>\
        <a:off x="0" y="0"/><a:ext cx="1800000" cy="720000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>\
        </a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>
        """
    }

    /// A Word template whose body is `body`, with the placeholder picture `word/media/placeholder.png`
    /// as relationship rId9.
    static func docx(_ body: String, header: String = "{{project.title}}") throws -> [UInt8] {
        let base = try Package(bytes: try TestPackages.docx(body, header: header), name: "base.docx")
        let relationships = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
            <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/placeholder.png"/>\
            </Relationships>
            """
        var types = String(decoding: try base.read("[Content_Types].xml"), as: UTF8.self)
        types = types.replacingOccurrences(
            of: "<Default Extension=\"xml\"",
            with: "<Default Extension=\"png\" ContentType=\"image/png\"/><Default Extension=\"xml\"")
        return try TestPackages.replacing(
            ["word/_rels/document.xml.rels": relationships, "[Content_Types].xml": types],
            adding: [("word/media/placeholder.png", try picture("logo.png"))], in: base)
    }

    static func paragraph(_ text: String) -> String {
        "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    /// A frame 5 × 2 cm named `name`, anchored to its paragraph, showing `Pictures/placeholder.png`.
    static func odfFrame(name: String) -> String {
        """
        <text:p><draw:frame draw:name="\(name)" text:anchor-type="paragraph" svg:width="5cm" svg:height="2cm" \
        draw:z-index="0"><draw:image xlink:href="Pictures/placeholder.png" xlink:type="simple" xlink:show="embed" \
        xlink:actuate="onLoad"/></draw:frame></text:p>
        """
    }

    static func odt(_ text: String) throws -> [UInt8] {
        let base = try Package(bytes: try TestPackages.odt(text), name: "base.odt")
        var manifest = String(decoding: try base.read("META-INF/manifest.xml"), as: UTF8.self)
        manifest = manifest.replacingOccurrences(
            of: "</manifest:manifest>",
            with:
                "<manifest:file-entry manifest:full-path=\"Pictures/placeholder.png\" manifest:media-type=\"image/png\"/></manifest:manifest>"
        )
        return try TestPackages.replacing(
            ["META-INF/manifest.xml": manifest], adding: [("Pictures/placeholder.png", try picture("logo.png"))],
            in: base)
    }

    static func odfParagraph(_ text: String) -> String { "<text:p>\(text)</text:p>" }
}
