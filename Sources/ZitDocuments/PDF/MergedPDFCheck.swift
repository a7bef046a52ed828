import Foundation

/// A second look at a merged PDF's layout before it is cut: the text of its pages (pdftotext)
/// must show each document's number on that document's pages and on no other. The bookmarks
/// already say where each copy begins; this catches what they cannot, such as a template whose
/// first paragraph is a frame placed on another page. A template that prints no numbers, or
/// documents without one, are not checked this way.
enum MergedPDFCheck {
    /// `numbers[i]` is copy i's number, if it has one.
    static func verify(
        pageTexts: [String], ranges: [ClosedRange<Int>], numbers: [String?], names: [String]
    ) throws(MergedPDF.Refusal) {
        guard pageTexts.count == ranges.last?.upperBound else {
            throw .textMismatch(
                document: names.first ?? "",
                reason: "tekst ma stron: \(pageTexts.count), układ: \(ranges.last?.upperBound ?? 0)")
        }
        // Words of the text → pages showing them; a number is one word ("12/2025/WZP").
        var pagesOf: [Substring: [Int]] = [:]
        for (index, text) in pageTexts.enumerated() {
            for word in text.split(whereSeparator: \.isWhitespace) {
                let bare = word.trimmingCharacters(in: .punctuationCharacters.union(.symbols))
                pagesOf[word, default: []].append(index + 1)
                if bare.count != word.count { pagesOf[Substring(bare), default: []].append(index + 1) }
            }
        }
        for (index, number) in numbers.enumerated() {
            guard let number, !number.isEmpty, let pages = pagesOf[Substring(number)] else { continue }
            guard pages.allSatisfy(ranges[index].contains) else {
                throw .textMismatch(
                    document: names[index],
                    reason:
                        "numer \(number) jest na stronie \(pages.first { !ranges[index].contains($0) } ?? 0), poza stronami tego dokumentu \(ranges[index])"
                )
            }
        }
    }

    /// The text of each page of a PDF, as pdftotext prints it (a form feed ends each page).
    static func pageTexts(of pdf: String, pdftotext: String) throws -> [String] {
        let text = String(decoding: try PDFTools.run(pdftotext, ["-enc", "UTF-8", pdf, "-"]), as: UTF8.self)
        var pages = text.components(separatedBy: "\u{0C}")
        if pages.last?.isEmpty == true { pages.removeLast() }
        return pages
    }
}
