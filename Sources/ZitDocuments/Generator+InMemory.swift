import Foundation
import ZitEngine
import ZitProject
import ZitRegister

/// One document made in memory for the server to send: filled as a batch fills each of its
/// documents, its number issued with the checksum of these very bytes, and nothing written
/// but what the register must keep.
extension Generator {
    func inMemory(
        _ planned: PlannedDocument, _ kind: DocumentKind, template: Template, register: CertificateRegister?,
        started: String, templatePath: String
    ) throws -> Outcome {
        let name = Self.fileNames([planned.fileStem], extension: template.format.fileExtension)[0]
        let label = "dokument 1 (\(name))"
        var document: RenderedDocument
        do {
            document = try template.render(planned.data)
        } catch {
            throw Self.naming(label, in: error)
        }
        document.replacedEntries = try logoReplacement(in: template)
        let bytes = try DocumentWriter(for: template).bytes(of: document)
        let checksums = planned.number.map { [$0: Checksum.of(bytes: bytes)] } ?? [:]
        let changed = try confirm([planned.number], in: register, checksums: checksums)
        // A certificate sent again, the same bytes by the same person, is already in the register
        // as it is: the journal notes runs that issued or made something, not every copy.
        if changed || planned.number == nil {
            try journal(kind, started: started, template: templatePath, files: [name])
        }
        let warnings = document.warnings.map {
            var warning = $0; warning.document = label; return warning
        }
        return Outcome(kind: kind, files: [], archive: nil, warnings: warnings, document: (name, bytes))
    }

    /// The problems of the data, named by their document as a batch names them.
    static func naming(_ label: String, in error: TemplateError) -> TemplateError {
        guard case .problems(let found) = error else { return error }
        return .problems(
            found.map {
                var problem = $0; problem.document = label; return problem
            })
    }
}
