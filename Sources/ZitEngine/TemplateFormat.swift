import Foundation
import ZitPackage

/// The two package formats of template the engine fills; a document is of its template's format.
public enum TemplateFormat: Sendable, Equatable {
    /// Word: .docx, .dotx
    case wordprocessing
    /// OpenDocument text: .odt, .ott
    case openDocumentText

    /// Tells the format from the package's content, not from its file name.
    static func of(_ package: Package) throws(TemplateError) -> TemplateFormat {
        if package.contains("mimetype") {
            let type = (try? package.read("mimetype")).map { String(decoding: $0, as: UTF8.self) } ?? ""
            if OpenDocumentText.mimeTypes.contains(type.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return .openDocumentText
            }
        }
        if package.contains("[Content_Types].xml") { return .wordprocessing }
        throw .unsupportedDocument(package.name)
    }

    public var fileExtension: String {
        switch self {
        case .wordprocessing: "docx"
        case .openDocumentText: "odt"
        }
    }

    func imageEntry(named name: String, in package: Package) -> String? {
        switch self {
        case .wordprocessing: WordprocessingML.imageEntry(named: name, in: package)
        case .openDocumentText: OpenDocumentText.imageEntry(named: name, in: package)
        }
    }

    var thumbnail: Thumbnail {
        switch self {
        case .wordprocessing: WordprocessingML.thumbnail
        case .openDocumentText: OpenDocumentText.thumbnail
        }
    }

    func partsToFill(in package: Package) throws -> [(part: String, markup: Markup)] {
        switch self {
        case .wordprocessing: try WordprocessingML.partsToFill(in: package)
        case .openDocumentText: OpenDocumentText.partsToFill(in: package)
        }
    }
}
