import Synchronization
import ZitPackage
import ZitXML

/// How a template is read and filled.
public struct TemplateOptions: Sendable {
    public var delimiters: Delimiters
    /// Missing values and unusable characters in the data are errors, not empty text and warnings.
    public var strict: Bool
    public var limits: PackageLimits
    /// How filled parts are deflated (see `PartCoding`).
    public var coding: PartCoding
    /// Whether short parts are coded from the template's parse from its second document on
    /// (`PreparseOnReuse`), which a batch gains from. Off, every document made on its own is the
    /// same bytes as the first one filled from a newly read template: a template kept for many
    /// single documents (the server's) then gives the file a single `zitdocs generate` writes.
    /// A batch's documents are coded by their place in the batch either way, as the command's batch.
    public var reusesParse: Bool
    /// Where the pictures the data names by path are read from (picture tags `{{%photo}}`);
    /// without it only pictures given in the data as `data:` URIs are put in.
    public var pictures: PictureSource

    public init(
        delimiters: Delimiters = .mustache, strict: Bool = false, limits: PackageLimits = .default,
        coding: PartCoding = .standard, reusesParse: Bool = true, pictures: PictureSource = .none
    ) {
        self.pictures = pictures
        self.delimiters = delimiters
        self.strict = strict
        self.limits = limits
        self.coding = coding
        self.reusesParse = reusesParse
    }
}

/// A DOCX or ODT template, read and compiled once; renders any number of documents, from any
/// number of threads.
public final class Template: Sendable {
    public let format: TemplateFormat
    public let options: TemplateOptions
    public var name: String { package.name }
    let package: Package
    let parts: [CompiledPart]
    let identifiers: IdentifierRegistry
    /// The template's thumbnail, left out of its documents, and the lists rewritten without it.
    let thumbnailRemoval: ThumbnailRemoval
    /// The template's entries a document has, in the template's order.
    let documentEntryNames: [String]

    public convenience init(contentsOf path: String, options: TemplateOptions = TemplateOptions()) throws(TemplateError)
    {
        let package: Package
        do throws(PackageError) { package = try Package(contentsOf: path, limits: options.limits) } catch {
            throw .package(error)
        }
        try self.init(package: package, options: options)
    }

    public convenience init(bytes: [UInt8], name: String, options: TemplateOptions = TemplateOptions())
        throws(TemplateError)
    {
        let package: Package
        do throws(PackageError) { package = try Package(bytes: bytes, name: name, limits: options.limits) } catch {
            throw .package(error)
        }
        try self.init(package: package, options: options)
    }

    init(package: Package, options: TemplateOptions) throws(TemplateError) {
        self.package = package
        self.options = options
        format = try TemplateFormat.of(package)
        (parts, identifiers) = try Self.compile(package, format: format, options: options, asCopies: false)
        let removal = ThumbnailRemoval(format.thumbnail, in: package)
        thumbnailRemoval = removal
        documentEntryNames = package.entryNames.filter { !removal.dropped.contains($0) }
    }

    /// The variants whose body repeats once per merged document (plain, and for splitting),
    /// compiled on first use.
    private let mergeVariants = Mutex<[Bool: (parts: [CompiledPart], identifiers: IdentifierRegistry)]>([:])

    /// The name of the bookmark that opens each copy of a merge made `forSplitting`; in the
    /// document the copies' bookmarks are named `copyBookmark_N`, N growing from copy to copy.
    public static var copyBookmark: String { PartCompiler.copyBookmark }

    private static func compile(
        _ package: Package, format: TemplateFormat, options: TemplateOptions, asCopies: Bool, forSplitting: Bool = false
    ) throws(TemplateError) -> ([CompiledPart], IdentifierRegistry) {
        var identifiers = IdentifierRegistry()
        var compiled: [CompiledPart] = []
        var problems: [TemplateProblem] = []
        let targets: [(part: String, markup: Markup)]
        do { targets = try format.partsToFill(in: package) } catch { throw Self.wrap(error) }
        for (part, markup) in targets {
            do {
                let bytes = try package.read(part)
                if bytes.firstRange(of: SlotTable.token) != nil {
                    throw TemplateError.xml(
                        XMLError(part: part, line: 0, reason: .malformed("zawiera zarezerwowany tekst „zitdocs-slot-”"))
                    )
                }
                let document = try XMLDocument(parsing: bytes, part: part)
                switch PartCompiler(part: part, markup: markup, delimiters: options.delimiters)
                    .compile(
                        document, identifiers: &identifiers, asCopiesFrom: asCopies ? package : nil,
                        forSplitting: forSplitting)
                {
                // A part without tags is copied from the template as it is, not rewritten per document.
                case .success(let part) where asCopies || !part.isStatic: compiled.append(part)
                case .success: break
                case .failure(.problems(let found)): problems += found
                case .failure(let other): throw other
                }
            } catch {
                throw Self.wrap(error)
            }
        }
        guard problems.isEmpty else { throw .problems(problems) }
        return (compiled, identifiers)
    }

    static func wrap(_ error: any Error) -> TemplateError {
        switch error {
        case let error as TemplateError: error
        case let error as PackageError: .package(error)
        case let error as XMLError: .xml(error)
        default: .unsupportedDocument("\(error)")
        }
    }

    /// The package entry holding the picture named `name` in the template (Word: the drawing's
    /// name; ODF: the frame's name), so that it can be swapped for another picture.
    public func imageEntry(named name: String) -> String? {
        format.imageEntry(named: name, in: package)
    }

    /// Puts one filled copy of the template per item into one document, each starting on a new
    /// page (Word: a section break, so headers and footers stay; ODF: a page break). Headers,
    /// footers and properties are filled once, from `outer`.
    ///
    /// `forSplitting` makes a merge to be laid out (by LibreOffice) and cut back into one file per
    /// item, such as a PDF per person: the first paragraph every copy shows starts with a
    /// bookmark (see `copyBookmark`), so that where each copy begins can be found after layout;
    /// and in ODF, when that paragraph opens the copy, it starts the page itself instead of
    /// following a separator paragraph, so that each copy takes the pages its own document would.
    public func renderMerged(
        _ items: [TemplateValue], outer: TemplateValue? = nil, forSplitting: Bool = false
    ) throws(TemplateError) -> RenderedDocument {
        let variant = try mergeVariants.withLock { cached throws(TemplateError) in
            if let variant = cached[forSplitting] { return variant }
            let (parts, identifiers) = try Self.compile(
                package, format: format, options: options, asCopies: true, forSplitting: forSplitting)
            cached[forSplitting] = (parts, identifiers)
            return (parts, identifiers)
        }
        var renderer = Renderer(
            data: outer ?? .null, outer: nil, strict: options.strict, identifiers: variant.identifiers)
        renderer.pictures = PictureCollection(source: options.pictures)
        renderer.copies = items
        var filled: [String: FilledPart] = [:]
        var rendered: [String: [UInt8]] = [:]
        let notesParts = Set(WordNotes.all.map(\.part))
        for part in variant.parts where !notesParts.contains(part.name) {
            filled[part.name] = Self.fill(part, with: &renderer, coding: options.coding)
        }
        // The template's own notes stay (separators and any unreferenced ones), filled like the first copy.
        for part in variant.parts where notesParts.contains(part.name) {
            var first = Renderer(
                data: items.first ?? .null, outer: outer, strict: options.strict, identifiers: variant.identifiers)
            rendered[part.name] = first.render(part)
            renderer.absorbProblems(of: first)
        }
        var problems = renderer.problems
        let issued = renderer.issuedIdentifiers
        do {
            let numbering = issued.filter { $0.group == WordprocessingML.numberingGroup }.map {
                ($0.fresh, $0.original)
            }
            if !numbering.isEmpty, package.contains(WordNumbering.part) {
                rendered[WordNumbering.part] = try WordNumbering.addingInstances(
                    numbering, to: try package.read(WordNumbering.part))
            }
            for notes in WordNotes.all {
                guard let part = variant.parts.first(where: { $0.name == notes.part }), let own = rendered[notes.part]
                else { continue }
                var added: [UInt8] = []
                for (index, copy) in items.enumerated() {
                    let ids = issued.filter { $0.group == notes.group && $0.copy == index }.map {
                        ($0.fresh, $0.original)
                    }
                    guard !ids.isEmpty else { continue }
                    var copyRenderer = Renderer(
                        data: copy, outer: outer, strict: options.strict, identifiers: variant.identifiers)
                    let bytes = copyRenderer.render(part)
                    problems += copyRenderer.problems
                    added += try notes.notes(in: bytes, renumbered: ids)
                }
                rendered[notes.part] = notes.appending(added, to: own)
            }
        } catch {
            throw Self.wrap(error)
        }
        guard problems.isEmpty else { throw .problems(problems) }
        for (name, bytes) in rendered { filled[name] = .text(bytes) }
        var document = RenderedDocument(template: self, filled: filled, warnings: renderer.warnings)
        document.pictures = try PicturePackaging(renderer.pictures, template: self)
        return document
    }

    /// Fills a part into the output `coding` names: the one place where it is decided on.
    /// `firstDocument`: see `FixedText.codedOutput`.
    private static func fill(
        _ part: CompiledPart, with renderer: inout Renderer, coding: PartCoding, firstDocument: Bool? = nil
    ) -> FilledPart {
        switch coding {
        case .fromMarks:
            var output = part.fixedText.codedOutput(firstDocument: firstDocument)
            renderer.fill(part, into: &output)
            return output.finish()
        case .zlibOnly:
            var output = part.fixedText.zlibOutput()
            renderer.fill(part, into: &output)
            return output.finish()
        }
    }

    /// Fills the template with one set of data. Every problem is collected before throwing.
    public func render(_ data: TemplateValue, outer: TemplateValue? = nil) throws(TemplateError) -> RenderedDocument {
        try render(data, outer: outer, firstOfBatch: nil)
    }

    /// `firstOfBatch`: whether the document is its batch's first, so that the batch's documents
    /// are coded the same way whichever core fills which first (see `FixedText.codedOutput`).
    func render(_ data: TemplateValue, outer: TemplateValue?, firstOfBatch: Bool?) throws(TemplateError)
        -> RenderedDocument
    {
        var renderer = Renderer(data: data, outer: outer, strict: options.strict, identifiers: identifiers)
        renderer.pictures = PictureCollection(source: options.pictures)
        var filled: [String: FilledPart] = [:]
        for part in parts {
            filled[part.name] = Self.fill(
                part, with: &renderer, coding: options.coding,
                firstDocument: firstOfBatch ?? (options.reusesParse ? nil : true))
        }
        guard renderer.problems.isEmpty else { throw .problems(renderer.problems) }
        var document = RenderedDocument(template: self, filled: filled, warnings: renderer.warnings)
        document.pictures = try PicturePackaging(renderer.pictures, template: self)
        return document
    }
}

/// The filled parts of one document, ready to be written as a package.
public struct RenderedDocument: Sendable {
    public let template: Template
    /// Filled parts by package path, as their outputs left them (see `PartOutput`).
    let filled: [String: FilledPart]
    /// Things the data had that a document cannot hold (and that were left out).
    public let warnings: [TemplateProblem]
    /// Entries put in as they are, instead of the template's (a picture swapped for another).
    /// The template's thumbnail is left out even when named here.
    public var replacedEntries: [String: [UInt8]] = [:]
    /// The entries the data's pictures add and the lists naming them.
    var pictures = PicturePackaging()

    init(template: Template, filled: [String: FilledPart], warnings: [TemplateProblem]) {
        self.template = template
        self.filled = filled
        self.warnings = warnings
    }

    /// Filled XML parts by package path, those kept as text (a long part is deflated as it is
    /// filled and never held whole).
    public var parts: [String: [UInt8]] {
        filled.compactMapValues { part in
            switch part {
            case .text(let bytes), .textAndDeflated(let bytes, _): bytes
            case .deflated: nil
            }
        }
    }

    /// Filled parts deflated already: long ones while they were filled, and short ones from their
    /// template's parse (whose text is in `parts` too).
    public var deflatedParts: [String: DeflatedPart] {
        filled.compactMapValues { part in
            switch part {
            case .text: nil
            case .textAndDeflated(_, let deflated), .deflated(let deflated): deflated
            }
        }
    }

    /// The package's entries in the template's order: filled parts new, the lists that named the
    /// template's thumbnail as rewritten once for the template, the rest copied as they are;
    /// without the thumbnail, which shows the template's tags, not this document.
    public var entries: [PackageEntry] {
        template.documentEntryNames.map { name in
            // Pictures are compressed already: stored, not deflated again.
            if let picture = replacedEntries[name] { return .stored(name, picture) }
            if let list = pictures.rewritten[name] { return list }
            guard let part = filled[name] else { return template.thumbnailRemoval.rewritten[name] ?? .copied(name) }
            return .filled(name, part)
        } + pictures.added
    }
}

/// Writes rendered documents. Each thread needs its own writer.
public final class DocumentWriter {
    private let writer: PackageWriter

    public init(for template: Template) throws(TemplateError) {
        do throws(PackageError) { writer = try PackageWriter(source: template.package) } catch { throw .package(error) }
    }

    public func write(_ document: RenderedDocument, to path: String, flush: Bool = true) throws(TemplateError) {
        do throws(PackageError) { try writer.write(document.entries, to: path, flush: flush) } catch {
            throw .package(error)
        }
    }

    public func bytes(of document: RenderedDocument) throws(TemplateError) -> [UInt8] {
        do throws(PackageError) { return try writer.bytes(of: document.entries) } catch { throw .package(error) }
    }
}
