import Testing

@testable import ZitServer

@Suite struct ContentDispositionTests {
    @Test func aPolishNameIsPercentEncodedWithAnASCIIFallback() {
        #expect(
            ContentDisposition.attachment("zaświadczenie-WZP-2-Łukasiewicz-Żaneta.docx")
                == "attachment; filename=\"zaswiadczenie-WZP-2-Lukasiewicz-Zaneta.docx\"; "
                + "filename*=UTF-8''za%C5%9Bwiadczenie-WZP-2-%C5%81ukasiewicz-%C5%BBaneta.docx")
    }

    @Test func quotesAndSpacesCannotBreakTheHeader() {
        let header = ContentDisposition.attachment("a\"b c;d.zip")
        #expect(header == "attachment; filename=\"a_b_c_d.zip\"; filename*=UTF-8''a%22b%20c%3Bd.zip")
    }
}
