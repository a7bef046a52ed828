import Foundation
import Synchronization
import ZitEngine
import ZitPackage
import ZitRegister

/// A batch that goes only into its ZIP (`archivesOnly`, the server's jobs): the documents are
/// written into the archive as they are made, and only once it is complete do the numbers count
/// as issued, each with the checksum of its document as it is in the archive.
extension Generator {
    func archived(
        _ documents: [PlannedDocument], _ kind: DocumentKind, template: Template, logo: [String: [UInt8]],
        register: CertificateRegister?, started: String, templatePath: String,
        progress: @escaping @Sendable (Int, Int) -> Void
    ) throws -> Outcome {
        let names = Self.fileNames(documents.map(\.fileStem), extension: template.format.fileExtension)
        let items = zip(documents, names).map { BatchItem(data: $0.data, fileName: $1) }
        let total = documents.count
        let numbers = documents.map(\.number)
        let checksums = Mutex<[String: String]>([:])
        let archive = (outputFolder as NSString).appendingPathComponent("\(kind.folderName).zip")
        let made: Result<[TemplateProblem], TemplateError>
        do throws(TemplateError) {
            made = .success(
                try Batch.archive(
                    items, with: template, replacing: logo, to: archive, progress: { progress($0, total) }
                ) {
                    index, bytes in
                    guard let number = numbers[index] else { return }
                    let checksum = Checksum.of(bytes: bytes)
                    checksums.withLock { $0[number] = checksum }
                })
        } catch {
            made = .failure(error)
        }
        let warnings: [TemplateProblem]
        switch made {
        case .success(let found):
            warnings = found
        case .failure(.package(let failure)) where Self.isWriteFailure(failure, of: archive):
            let reserved = documents.compactMap(\.number)
            throw Failure(description: Self.folderMessage(outputFolder, reason: "\(failure)", reserved: reserved))
        case .failure(let error):
            throw error
        }
        try confirm(numbers, in: register, checksums: checksums.withLock { $0 })
        try journal(kind, started: started, template: templatePath, files: names)
        return Outcome(kind: kind, files: names, archive: archive, warnings: warnings)
    }

    /// The archive itself could not be written (a document that could not be made is another failure).
    private static func isWriteFailure(_ failure: PackageError, of archive: String) -> Bool {
        if case .writeFailed(let destination, _) = failure { return destination == archive }
        return false
    }
}
