import Foundation
import ZitEngine
import ZitPackage
import ZitPolish
import ZitProject

/// Fills a kind of document for a project and writes the files, plus the batch as one .zip.
public struct Generator {
    public enum Format: String, Sendable, CaseIterable {
        case docx, odt, pdf
        var templateExtension: String { self == .odt ? "odt" : "docx" }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public var plans: DocumentPlans
    public var templatesFolder: String
    public var outputFolder: String
    public var format: Format
    /// An office's own template instead of the default one.
    public var templateOverride: String?

    public init(plans: DocumentPlans, templatesFolder: String, outputFolder: String, format: Format, templateOverride: String? = nil) {
        self.plans = plans
        self.templatesFolder = templatesFolder
        self.outputFolder = outputFolder
        self.format = format
        self.templateOverride = templateOverride
    }

    public struct Outcome: Sendable {
        public var kind: DocumentKind
        public var files: [String]
        public var archive: String?
        public var warnings: [TemplateProblem]
    }

    public func generate(
        _ kind: DocumentKind, selection: DocumentPlans.Selection = .init(), progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) throws -> Outcome {
        let documents = plans.documents(kind, selection: selection)
        let folder = (outputFolder as NSString).appendingPathComponent(kind.folderName)
        guard !documents.isEmpty else { return Outcome(kind: kind, files: [], archive: nil, warnings: []) }
        let path = templateOverride ?? (templatesFolder as NSString).appendingPathComponent("\(kind.templateName).\(format.templateExtension)")
        let template = try Template(contentsOf: path)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let names = Self.fileNames(documents.map(\.fileStem), extension: template.kind.fileExtension)
        let total = documents.count
        let warnings = try Batch.write(
            zip(documents, names).map { BatchItem(data: $0.data, fileName: $1) }, with: template, into: folder,
            progress: { progress($0, total) })
        var files = names.map { (folder as NSString).appendingPathComponent($0) }
        if format == .pdf {
            // The header and footer of a merged document are filled once, from the first document.
            let merge = { try template.renderMerged(documents.map(\.data), outer: documents[0].data) }
            files = try PDFConversion.convert(files, merged: merge, template: template, in: folder)
        }
        let archive = (outputFolder as NSString).appendingPathComponent("\(kind.folderName).zip")
        try Self.writeArchive(files, to: archive)
        return Outcome(kind: kind, files: files, archive: archive, warnings: warnings)
    }

    /// Readable, safe and unique names: Polish letters transliterated, nothing that leaves the folder.
    static func fileNames(_ stems: [String], extension fileExtension: String) -> [String] {
        var used = Set<String>()
        return stems.map { stem in
            let safe = Polish.safeFileName(stem)
            var name = "\(safe).\(fileExtension)"
            var suffix = 2
            while !used.insert(name.lowercased()).inserted {
                name = "\(safe)-\(suffix).\(fileExtension)"
                suffix += 1
            }
            return name
        }
    }

    /// The batch in one .zip for sending on; documents are already compressed, so they are stored.
    static func writeArchive(_ files: [String], to path: String) throws {
        let empty = try Package(bytes: [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18), name: path)
        let entries = try files.map { file in
            PackageEntry.stored((file as NSString).lastPathComponent, [UInt8](try Data(contentsOf: URL(fileURLWithPath: file))))
        }
        try PackageWriter(source: empty).write(entries, to: path)
    }
}
