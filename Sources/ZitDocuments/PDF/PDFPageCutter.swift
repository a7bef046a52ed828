import Foundation

/// Cuts a PDF into files of given page ranges with qpdf. qpdf reads the whole file each time it
/// starts, so the ranges are cut in one run when they are all as long (`--split-pages`); a range
/// of another length costs a run of its own.
struct PDFPageCutter {
    let qpdf: String
    /// A classic cross-reference table, which `PDFInformation` can add to.
    private var options: [String] { ["--object-streams=disable", "--warning-exit-0"] }

    /// The files, one per range in order, in new folders under `folder`.
    func cut(_ pdf: String, into ranges: [ClosedRange<Int>], in folder: String) throws -> [String] {
        let pieces = (folder as NSString).appendingPathComponent("pieces")
        try FileManager.default.createDirectory(atPath: pieces, withIntermediateDirectories: true)
        let lengths = Set(ranges.map(\.count))
        let length = lengths.count == 1 ? ranges[0].count : 1
        let pages = (folder as NSString).appendingPathComponent("pages")
        try FileManager.default.createDirectory(atPath: pages, withIntermediateDirectories: true)
        if lengths.contains(length) {
            try PDFTools.run(
                qpdf, options + ["--split-pages=\(length)", pdf, (pages as NSString).appendingPathComponent("page.pdf")]
            )
        }
        // qpdf numbers the files with zero-padded page numbers, so they sort in page order.
        let split = try FileManager.default.contentsOfDirectory(atPath: pages).filter { $0.hasSuffix(".pdf") }.sorted()
        let groups = ranges.last.map { $0.upperBound / length } ?? 0
        guard !lengths.contains(length) || split.count == groups else {
            throw Generator.Failure(
                description: "qpdf podzielił wspólny PDF na \(split.count) plików zamiast na \(groups).")
        }
        var files: [String] = []
        for (index, range) in ranges.enumerated() {
            let file = (pieces as NSString).appendingPathComponent("\(index + 1).pdf")
            if range.count == length {
                try FileManager.default.moveItem(
                    atPath: (pages as NSString).appendingPathComponent(split[(range.lowerBound - 1) / length]),
                    toPath: file)
            } else {
                try PDFTools.run(
                    qpdf, options + ["--empty", "--pages", pdf, "\(range.lowerBound)-\(range.upperBound)", "--", file])
            }
            files.append(file)
        }
        return files
    }
}
