import Foundation
import Testing

@testable import ZitDocuments

/// Reading a merged PDF's layout, checking it against the text, and setting a cut file's
/// properties: without LibreOffice, on made-up files.
@Suite struct MergedPDFTests {
    /// qpdf's JSON for a PDF of three pages whose second copy begins on page 3.
    func json(destinations: String) -> Data {
        Data(
            """
            {"version": 2, "pages": [{"object": "1 0 R"}, {"object": "6 0 R"}, {"object": "9 0 R"}],
             "qpdf": [{"jsonversion": 2},
               {"obj:100 0 R": {"value": {"/Dests": "80 0 R", "/Type": "/Catalog"}},
                "obj:80 0 R": {"value": {\(destinations)}},
                "obj:101 0 R": {"value": {"/Title": "u:Zaświadczenie nr 1", "/Producer": "u:LibreOffice 7.4", "/Trapped": "/False"}},
                "trailer": {"value": {"/Root": "100 0 R", "/Info": "101 0 R", "/Size": 102}}}]}
            """.utf8)
    }

    @Test func eachCopyRunsFromItsBookmarkToTheNextOne() throws {
        let layout = try MergedPDFLayout(
            qpdfJSON: json(
                destinations: """
                    "/zitdocs5Fcopy5F2": ["9 0 R", "/XYZ", 0, 0, 0], "/zitdocs5Fcopy5F1": ["1 0 R", "/XYZ", 0, 0, 0], "/Rozdzial": ["6 0 R", "/Fit"]
                    """), copies: 2)
        #expect(layout.ranges == [1...2, 3...3])
        #expect(layout.pageCount == 3)
        #expect(layout.info.map(\.key) == ["Producer", "Title"])
        #expect(layout.info.first?.value == .text("LibreOffice 7.4"))
    }

    @Test func aMissingOrMisplacedBookmarkGivesNoLayout() {
        #expect(throws: MergedPDF.Refusal.self) {
            try MergedPDFLayout(
                qpdfJSON: json(destinations: #""/zitdocs_copy_1": ["1 0 R", "/XYZ", 0, 0, 0]"#), copies: 2)
        }
        #expect(throws: MergedPDF.Refusal.self, "copies out of order") {
            try MergedPDFLayout(
                qpdfJSON: json(destinations: #""/zitdocs_copy_1": ["6 0 R"], "/zitdocs_copy_2": ["1 0 R"]"#), copies: 2)
        }
        #expect(throws: MergedPDF.Refusal.self, "two copies on one page") {
            try MergedPDFLayout(
                qpdfJSON: json(destinations: #""/zitdocs_copy_1": ["1 0 R"], "/zitdocs_copy_2": ["1 0 R"]"#), copies: 2)
        }
    }

    @Test func eachNumberMustBeOnItsOwnPages() throws {
        let pages = ["ZAŚWIADCZENIE\nnr 1/2025/WZP\n", "ciąg dalszy", "nr 11/2025/WZP."]
        try MergedPDFCheck.verify(
            pageTexts: pages, ranges: [1...2, 3...3], numbers: ["1/2025/WZP", "11/2025/WZP"], names: ["a.pdf", "b.pdf"])
        try MergedPDFCheck.verify(
            pageTexts: pages, ranges: [1...2, 3...3], numbers: [nil, "7/2025/WZP"], names: ["a.pdf", "b.pdf"])
        #expect(throws: MergedPDF.Refusal.self) {
            try MergedPDFCheck.verify(
                pageTexts: pages, ranges: [1...2, 3...3], numbers: ["11/2025/WZP", "1/2025/WZP"],
                names: ["a.pdf", "b.pdf"])
        }
        #expect(throws: MergedPDF.Refusal.self, "a page more than the layout") {
            try MergedPDFCheck.verify(
                pageTexts: pages, ranges: [1...1, 2...2], numbers: [nil, nil], names: ["a.pdf", "b.pdf"])
        }
    }

    @Test func propertiesAreAppendedAsAnIncrementalUpdate() throws {
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for object in [
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"
        ] {
            offsets.append(pdf.utf8.count)
            pdf += "\(offsets.count) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 4\n0000000000 65535 f \n" + offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
        pdf += "trailer << /Root 1 0 R /Size 4 /ID [<0a1b><0a1b>] >>\nstartxref\n\(xref)\n%%EOF\n"
        let path = NSTemporaryDirectory() + "zitdocs-info-\(UUID().uuidString).pdf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(pdf.utf8).write(to: URL(fileURLWithPath: path))

        try PDFInformation.set(
            [
                ("Title", .text("Zaświadczenie nr 1/2025/WZP — Żaneta Ćwik (kopia)")),
                ("Producer", .text("LibreOffice (7.4)"))
            ], in: path)
        let written = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(written.hasPrefix(pdf), "the file is left as it was")
        let update = written.dropFirst(pdf.utf8.count)
        #expect(update.contains("4 0 obj\n<< /Title <FEFF005A0061015B"))
        #expect(update.contains(#"/Producer (LibreOffice \(7.4\))"#))
        #expect(update.contains("/Size 5 /Root 1 0 R /Info 4 0 R /Prev \(xref) /ID [<0a1b><0a1b>]"))
        if let qpdf = PDFTools.find("qpdf") {
            #expect(
                String(decoding: try PDFTools.run(qpdf, ["--check", path]), as: UTF8.self).contains(
                    "No syntax or stream encoding errors"))
        }
        if let pdfinfo = PDFTools.find("pdfinfo") {
            let info = String(decoding: try PDFTools.run(pdfinfo, ["-enc", "UTF-8", path]), as: UTF8.self)
            #expect(info.contains("Title:           Zaświadczenie nr 1/2025/WZP — Żaneta Ćwik (kopia)"))
        }
    }
}
