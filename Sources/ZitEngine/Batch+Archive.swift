import Foundation
import ZitPackage

extension Batch {
    /// Renders many documents from one template on every core straight into one ZIP at `path`,
    /// each stored under its item's file name, in the items' order, all or nothing: the bytes of
    /// `documents` written into an archive, without holding the batch in memory. A document waits
    /// for its turn only while few are ahead of it, so a batch of thousands holds a handful at a
    /// time. `made` gets each document's bytes on the thread that made it. A failure to write the
    /// archive is `.package(.writeFailed(destination: path, …))`; on any failure `path` is left as it was.
    public static func archive(
        _ items: [BatchItem], with template: Template, replacing entries: [String: [UInt8]] = [:],
        to path: String,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        progress: @Sendable (Int) -> Void = { _ in },
        made: @Sendable (_ index: Int, _ bytes: [UInt8]) -> Void = { _, _ in }
    ) throws(TemplateError) -> [TemplateProblem] {
        let handOff = DocumentHandOff(window: 8 * max(1, workers))
        let names = items.map(\.fileName)
        let writing = Thread {
            do throws(PackageError) {
                let writer = try PackageWriter(source: try Package(bytes: PackageWriter.emptyArchive, name: path))
                try writer.writeStored(names, to: path) { handOff.take($0) }
                handOff.writerFinished(nil)
            } catch {
                handOff.writerFinished(error)
            }
        }
        writing.start()
        let warnings: [TemplateProblem]
        do throws(TemplateError) {
            warnings = try renderEach(
                items, with: template, outer: nil, replacing: entries, workers: workers, progress: progress,
                failed: { handOff.close() }
            ) { index, document, writer throws(TemplateError) in
                let bytes = try writer.bytes(of: document)
                made(index, bytes)
                handOff.put(bytes, at: index)
            }
        } catch {
            handOff.close()
            _ = handOff.writerOutcome()
            throw error
        }
        if let failure = handOff.writerOutcome() { throw .package(failure) }
        return warnings
    }
}
