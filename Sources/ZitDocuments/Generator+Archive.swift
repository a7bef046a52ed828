import Foundation
import ZitEngine
import ZitPackage
import ZitRegister

/// A batch that goes only into its ZIP (`archivesOnly`, the server's jobs): the documents are
/// made in memory, the archive is written, and only then do the numbers count as issued, each
/// with the checksum of its document as it is in the archive.
extension Generator {
    func archived(
        _ documents: [PlannedDocument], _ kind: DocumentKind, template: Template, logo: [String: [UInt8]],
        register: CertificateRegister?, started: String, templatePath: String,
        progress: @escaping @Sendable (Int, Int) -> Void
    ) throws -> Outcome {
        let names = Self.fileNames(documents.map(\.fileStem), extension: template.format.fileExtension)
        let items = zip(documents, names).map { BatchItem(data: $0.data, fileName: $1) }
        let total = documents.count
        let (made, warnings) = try Batch.documents(
            items, with: template, replacing: logo, progress: { progress($0, total) })
        let archive = (outputFolder as NSString).appendingPathComponent("\(kind.folderName).zip")
        do {
            try Self.writeArchive(zip(names, made).map { PackageEntry.stored($0, $1) }, to: archive)
        } catch {
            let reserved = documents.compactMap(\.number)
            throw Failure(description: Self.folderMessage(outputFolder, reason: "\(error)", reserved: reserved))
        }
        var checksums: [String: String] = [:]
        for (document, bytes) in zip(documents, made) {
            if let number = document.number { checksums[number] = Checksum.of(bytes: bytes) }
        }
        try confirm(documents.map(\.number), in: register, checksums: checksums)
        try journal(kind, started: started, template: templatePath, files: names)
        return Outcome(kind: kind, files: names, archive: archive, warnings: warnings)
    }
}
