import Testing

@testable import ZitDocuments

/// The PDF/A identification and the title as another program may write them in the XMP: as
/// elements (LibreOffice) or as attributes of rdf:Description.
@Suite struct PDFArchiveCheckTests {
    @Test func identificationWrittenAsElementsOrAttributes() {
        let elements = """
            <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
             <pdfaid:part>2</pdfaid:part>
             <pdfaid:conformance>B</pdfaid:conformance>
            </rdf:Description>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Zaświadczenie nr 1/2026/WZP — Anna &amp; Jan</rdf:li></rdf:Alt></dc:title>
            """
        #expect(PDFArchiveCheck.xmpValue("pdfaid:part", in: elements) == "2")
        #expect(PDFArchiveCheck.xmpValue("pdfaid:conformance", in: elements) == "B")
        #expect(PDFArchiveCheck.xmpTitle(in: elements) == "Zaświadczenie nr 1/2026/WZP — Anna & Jan")
        let attributes = #"<rdf:Description rdf:about="" pdfaid:part="3" pdfaid:conformance='A'/>"#
        #expect(PDFArchiveCheck.xmpValue("pdfaid:part", in: attributes) == "3")
        #expect(PDFArchiveCheck.xmpValue("pdfaid:conformance", in: attributes) == "A")
        #expect(PDFArchiveCheck.xmpValue("pdfaid:part", in: "<x:xmpmeta/>") == nil)
        #expect(PDFArchiveCheck.xmpTitle(in: "<x:xmpmeta/>") == nil)
    }
}
