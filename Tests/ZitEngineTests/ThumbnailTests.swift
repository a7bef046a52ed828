import Foundation
import Testing
import ZitPackage
import ZitXML

@testable import ZitEngine

/// A template's thumbnail shows its tags, so the documents made from it go without one: the
/// picture is left out and the lists that named it no longer do; everything else stays.
@Suite struct ThumbnailTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 7, count: 200)
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 9, count: 200)
    static let data: TemplateValue = ["name": "Anna Nowak"]
    static let people: [TemplateValue] = [["name": "Anna"], ["name": "Jan"]]

    static let odtThumbnail = "Thumbnails/thumbnail.png"
    static let docxThumbnail = "docProps/thumbnail.jpeg"
    static let thumbnailType = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"

    /// An ODT template as LibreOffice saves it: the picture, and a manifest line for it.
    static func odt(extraManifestEntries: Int = 0) throws -> [UInt8] {
        let base = try TestPackages.odt("<text:p>Zaświadczenie dla {{name}}</text:p>")
        let extra = (0..<extraManifestEntries).map {
            #" <manifest:file-entry manifest:full-path="Pictures/obraz-\#($0).png" manifest:media-type="image/png"/>"#
                + "\n"
        }.joined()
        let manifest = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
             <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
             <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
             <manifest:file-entry manifest:full-path="Thumbnails/thumbnail.png" manifest:media-type="image/png"/>
             <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
            \(extra)</manifest:manifest>
            """
        return try TestPackages.replacing(
            ["META-INF/manifest.xml": manifest], adding: [(odtThumbnail, png)],
            in: try Package(bytes: base, name: "base.odt"))
    }

    /// A Word template with `docProps/thumbnail.jpeg`, named by a relationship from `target` and,
    /// with `override`, by a content type of its own.
    static func docx(target: String = "docProps/thumbnail.jpeg", override: Bool = true, otherUse: Bool = false) throws
        -> [UInt8]
    {
        let base = try Package(
            bytes: try TestPackages.docx("<w:p><w:r><w:t>Zaświadczenie dla {{name}}</w:t></w:r></w:p>"),
            name: "base.docx")
        var relationships = #"<Relationship Id="rId9" Type="\#(thumbnailType)" Target="\#(target)"/>"#
        if otherUse {
            relationships +=
                #"<Relationship Id="rId10" Type="http://example.com/relationships/cover" Target="docProps/thumbnail.jpeg"/>"#
        }
        let rels = String(decoding: try base.read("_rels/.rels"), as: UTF8.self)
            .replacingOccurrences(of: "</Relationships>", with: relationships + "</Relationships>")
        var types = #"<Default Extension="jpeg" ContentType="image/jpeg"/>"#
        if override { types += #"<Override PartName="/docProps/thumbnail.jpeg" ContentType="image/jpeg"/>"# }
        let contentTypes = String(decoding: try base.read("[Content_Types].xml"), as: UTF8.self)
            .replacingOccurrences(of: "</Types>", with: types + "</Types>")
        return try TestPackages.replacing(
            ["_rels/.rels": rels, "[Content_Types].xml": contentTypes], adding: [(docxThumbnail, jpeg)], in: base)
    }

    static func written(_ document: RenderedDocument) throws -> Package {
        try Package(bytes: try DocumentWriter(for: document.template).bytes(of: document), name: "out")
    }

    static func text(_ entry: String, in package: Package) throws -> String {
        String(decoding: try package.read(entry), as: UTF8.self)
    }

    /// No picture, no line naming it, every other entry of the template in its order, and the
    /// lists still well-formed.
    static func expectNoThumbnail(
        in written: Package, template: Template, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let thumbnail = template.format == .openDocumentText ? odtThumbnail : docxThumbnail
        #expect(!written.contains(thumbnail), sourceLocation: sourceLocation)
        #expect(
            written.entryNames == template.package.entryNames.filter { $0 != thumbnail }, sourceLocation: sourceLocation
        )
        let lists =
            template.format == .openDocumentText ? ["META-INF/manifest.xml"] : ["_rels/.rels", "[Content_Types].xml"]
        for list in lists {
            let bytes = try written.read(list)
            _ = try XMLDocument(parsing: bytes, part: list)
            #expect(
                !String(decoding: bytes, as: UTF8.self).lowercased().contains("thumbnail"), "\(list)",
                sourceLocation: sourceLocation)
        }
    }

    @Test func odtDocumentHasNoThumbnailAndItsManifestNoLineForIt() throws {
        let template = try TestPackages.template(try Self.odt(), name: "t.odt")
        let document = try template.render(Self.data)
        let written = try Self.written(document)
        try Self.expectNoThumbnail(in: written, template: template)

        let manifest = try Self.text("META-INF/manifest.xml", in: written)
        for path in ["/", "meta.xml", "styles.xml", "content.xml"] {
            #expect(manifest.contains(#"manifest:full-path="\#(path)""#))
        }
        #expect(manifest.contains(#"manifest:version="1.3""#))
        #expect(!manifest.contains("\n \n"), "the removed line leaves no blank line")
        // Rewritten once for the template; a small list is stored, not deflated per document.
        #expect(written.compressionMethod(of: "META-INF/manifest.xml") == .stored)
        #expect(document.entries.contains { if case .stored("META-INF/manifest.xml", _) = $0 { true } else { false } })
        #expect(try VisibleText.paragraphs(try written.read("content.xml")) == ["Zaświadczenie dla Anna Nowak"])
    }

    @Test func wordDocumentHasNoThumbnailNorRelationshipNorOverrideForIt() throws {
        let template = try TestPackages.template(try Self.docx())
        let written = try Self.written(try template.render(Self.data))
        try Self.expectNoThumbnail(in: written, template: template)

        let rels = try Self.text("_rels/.rels", in: written)
        #expect(rels.contains(#"Target="word/document.xml""#))
        #expect(rels.contains(#"Target="docProps/core.xml""#))
        let types = try Self.text("[Content_Types].xml", in: written)
        // A Default names an extension, not the thumbnail: it stays.
        #expect(types.contains(#"<Default Extension="jpeg" ContentType="image/jpeg"/>"#))
        #expect(!types.contains(#"PartName="/docProps/thumbnail.jpeg""#))
        for part in ["/word/document.xml", "/word/header1.xml", "/word/numbering.xml", "/docProps/core.xml"] {
            #expect(types.contains(#"PartName="\#(part)""#))
        }
        #expect(try VisibleText.paragraphs(try written.read("word/document.xml")) == ["Zaświadczenie dla Anna Nowak"])
    }

    @Test(arguments: [TemplateFormat.openDocumentText, .wordprocessing])
    func mergedDocumentsHaveNoThumbnail(_ format: TemplateFormat) throws {
        let template =
            format == .openDocumentText
            ? try TestPackages.template(try Self.odt(), name: "t.odt") : try TestPackages.template(try Self.docx())
        for forSplitting in [false, true] {
            let merged = try template.renderMerged(Self.people, forSplitting: forSplitting)
            try Self.expectNoThumbnail(in: try Self.written(merged), template: template)
        }
    }

    @Test(arguments: [TemplateFormat.openDocumentText, .wordprocessing])
    func batchDocumentsHaveNoThumbnail(_ format: TemplateFormat) throws {
        let template =
            format == .openDocumentText
            ? try TestPackages.template(try Self.odt(), name: "t.odt") : try TestPackages.template(try Self.docx())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "zitdocs-thumbnail-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let items = Self.people.enumerated().map {
            BatchItem(data: $1, fileName: "dokument-\($0).\(format.fileExtension)")
        }
        _ = try Batch.write(items, with: template, into: folder, workers: 2)
        for item in items {
            let written = try Package(contentsOf: (folder as NSString).appendingPathComponent(item.fileName))
            try Self.expectNoThumbnail(in: written, template: template)
        }
    }

    @Test func libreOfficeTemplateLosesItsThumbnail() throws {
        let template = try Template(contentsOf: TestPackages.fixture("lo-letter.odt"))
        #expect(template.package.contains(Self.odtThumbnail))
        let data = try JSONDecoder().decode(
            TemplateValue.self, from: try Data(contentsOf: URL(fileURLWithPath: TestPackages.fixture("lo-letter.json")))
        )
        let written = try Self.written(try template.render(data))
        try Self.expectNoThumbnail(in: written, template: template)
        #expect(written.contains("manifest.rdf"))
        #expect(try Self.text("META-INF/manifest.xml", in: written).contains(#"manifest:full-path="manifest.rdf""#))
    }

    @Test func templatesWithoutThumbnailKeepTheirListsAsTheyAre() throws {
        let odt = try TestPackages.template(try TestPackages.odt("<text:p>{{name}}</text:p>"), name: "t.odt")
        let docx = try TestPackages.template(try TestPackages.docx("<w:p><w:r><w:t>{{name}}</w:t></w:r></w:p>"))
        for template in [odt, docx] {
            #expect(template.thumbnailRemoval.dropped.isEmpty)
            let document = try template.render(Self.data)
            #expect(document.entries.map(\.name) == template.package.entryNames)
            let written = try Self.written(document)
            for list in ["META-INF/manifest.xml", "_rels/.rels", "[Content_Types].xml"]
            where template.package.contains(list) {
                #expect(document.entries.contains(.copied(list)), "\(list)")
                #expect(try written.read(list) == (try template.package.read(list)))
            }
        }
    }

    @Test func wordThumbnailNamedFromTheRootInAnotherCaseWithOnlyADefault() throws {
        let template = try TestPackages.template(try Self.docx(target: "/docProps/Thumbnail.JPEG", override: false))
        let document = try template.render(Self.data)
        #expect(template.thumbnailRemoval.dropped == [Self.docxThumbnail])
        // Nothing in [Content_Types].xml names the part itself: copied as it is.
        #expect(document.entries.contains(.copied("[Content_Types].xml")))
        let written = try Self.written(document)
        #expect(!written.contains(Self.docxThumbnail))
        #expect(!(try Self.text("_rels/.rels", in: written)).contains("Thumbnail"))
    }

    @Test func pictureThatServesSomethingElseTooIsKept() throws {
        let template = try TestPackages.template(try Self.docx(otherUse: true))
        #expect(template.thumbnailRemoval.dropped.isEmpty)
        let written = try Self.written(try template.render(Self.data))
        #expect(written.contains(Self.docxThumbnail))
        #expect(try written.read("_rels/.rels") == (try template.package.read("_rels/.rels")))
    }

    @Test func longManifestIsCompressedOnceForTheTemplate() throws {
        let template = try TestPackages.template(try Self.odt(extraManifestEntries: 40), name: "t.odt")
        guard case .precompressed(_, let compressed)? = template.thumbnailRemoval.rewritten["META-INF/manifest.xml"]
        else {
            Issue.record("a manifest of \(PackageEntry.smallestDeflated) bytes or more is deflated once")
            return
        }
        #expect(compressed.uncompressedSize >= PackageEntry.smallestDeflated)
        let written = try Self.written(try template.render(Self.data))
        #expect(written.compressionMethod(of: "META-INF/manifest.xml") == .deflated)
        try Self.expectNoThumbnail(in: written, template: template)
        #expect(try Self.text("META-INF/manifest.xml", in: written).contains("Pictures/obraz-39.png"))
    }

    @Test func unreadableManifestLeavesThePackageAsItIs() throws {
        let base = try Package(bytes: try Self.odt(), name: "t.odt")
        let broken = try TestPackages.replacing(["META-INF/manifest.xml": "<manifest:manifest"], in: base)
        let template = try TestPackages.template(broken, name: "t.odt")
        #expect(template.thumbnailRemoval.dropped.isEmpty)
        let written = try Self.written(try template.render(Self.data))
        #expect(written.contains(Self.odtThumbnail))
    }
}
