import Foundation
import Testing
import ZitVerificationCode

@Suite struct QRCodeTests {
    @Test func aScannerReadsTheExactAddress() throws {
        let address = "https://zit.example.pl/weryfikacja/17/2026/WZP-%C5%81"
        let code = try QRCode(encoding: address, correction: .medium)
        #expect(try BarcodeReader.decode(code.png) == address)
        #expect(code.dataURI.hasPrefix("data:image/png;base64,"))
        let decoded = try #require(Data(base64Encoded: String(code.dataURI.dropFirst("data:image/png;base64,".count))))
        #expect([UInt8](decoded) == code.png)
    }

    @Test func thePictureIsTwoAndAHalfCentimetresWideAtItsOwnResolution() throws {
        let code = try QRCode(encoding: "https://zit.example.pl/weryfikacja/1/2026/LIDER", correction: .medium)
        let png = code.png
        func word(at offset: Int) -> Int { png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(Array(png[12..<16]) == Array("IHDR".utf8))
        let width = word(at: 16)
        #expect(Array(png[37..<41]) == Array("pHYs".utf8))
        let pixelsPerMetre = word(at: 41)
        #expect(png[49] == 1, "pHYs in pixels per metre")
        let centimetres = Double(width) / Double(pixelsPerMetre) * 100
        #expect(centimetres >= 2 && abs(centimetres - 2.5) < 0.01, "\(centimetres) cm")
        // Modules of at least half a millimetre, so an office printer draws them apart.
        #expect(25.0 / Double(code.modules) >= 0.5, "\(code.modules) modules in 25 mm")
    }

    @Test func theSameAddressGivesTheSameBytes() throws {
        let address = "https://zit.example.pl/weryfikacja/3/2026/WZH"
        #expect(try QRCode(encoding: address).png == QRCode(encoding: address).png)
    }

    @Test func anAddressTooLongForAnyCodeIsAnErrorInPolish() {
        let address = "https://zit.example.pl/" + String(repeating: "a", count: 3000)
        #expect(throws: QRCodeError.tooLong(text: address)) { try QRCode(encoding: address) }
        #expect(QRCodeError.tooLong(text: "x").description == "Tekst „x” jest za długi, by zapisać go w kodzie QR.")
    }
}
