import ZitPackage
import ZitXML

/// Why a template could not be read or a document could not be made.
public enum TemplateError: Error, CustomStringConvertible, Sendable {
    case package(PackageError)
    case xml(XMLError)
    /// Every problem of the template, or of the data for one document, found in one pass.
    case problems([TemplateProblem])
    case unsupportedDocument(String)

    public var description: String {
        switch self {
        case .package(let error): error.description
        case .xml(let error): error.description
        case .problems(let problems): problems.map(\.description).joined(separator: "\n")
        case .unsupportedDocument(let name):
            "\(name): to nie jest ani dokument Word (.docx), ani dokument tekstowy OpenDocument (.odt)."
        }
    }

    public var problems: [TemplateProblem] {
        if case .problems(let problems) = self { return problems }
        return []
    }
}
