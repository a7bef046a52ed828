import Foundation
import Synchronization

/// Documents to PDF/A, one PDF each, through one LibreOffice per core kept running for its share
/// of the documents (`LibreOfficeExport`). A page of a merged document converts several times
/// faster than a document of its own (figures in Bench/README.md), so a batch is converted merged
/// when it can be (see `MergedPDF`), one by one otherwise.
enum PDFConversion {
    /// Each document to a PDF beside it; the documents are removed.
    static func convert(
        _ documents: [String], in folder: String, progress: @escaping @Sendable (Int) -> Void = { _ in }
    )
        throws -> [String]
    {
        let pdfs = documents.map {
            (folder as NSString).appendingPathComponent(
                (($0 as NSString).lastPathComponent as NSString).deletingPathExtension + ".pdf")
        }
        let jobs = zip(documents, pdfs).map { document, pdf in
            LibreOfficeExport.Job(document: document, pieces: [.init(output: pdf)])
        }
        try inParallel(jobs, progress: progress)
        for document in documents { try? FileManager.default.removeItem(atPath: document) }
        return pdfs
    }

    /// The jobs shared out among one LibreOffice per core (in runs of consecutive jobs), all at once.
    @discardableResult
    static func inParallel(_ jobs: [LibreOfficeExport.Job], progress: @escaping @Sendable (Int) -> Void = { _ in })
        throws -> [LibreOfficeExport.Outcome]
    {
        let groupCount = max(1, min(ProcessInfo.processInfo.activeProcessorCount, jobs.count))
        let bounds = (0...groupCount).map { $0 * jobs.count / groupCount }
        let results = Mutex<[Result<[LibreOfficeExport.Outcome], any Error>?]>(Array(repeating: nil, count: groupCount))
        let done = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: groupCount) { group in
            let share = Array(jobs[bounds[group]..<bounds[group + 1]])
            let outcome = Result { try LibreOfficeExport.run(share) }
            results.withLock { $0[group] = outcome }
            progress(
                done.withLock {
                    $0 += share.reduce(0) { $0 + $1.pieces.count }; return $0
                })
        }
        return try results.withLock { $0 }.flatMap { try $0!.get() }
    }
}
