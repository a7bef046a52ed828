import Foundation

/// A QR code as a PNG picture, ready to be printed on a document: black modules on white with
/// the quiet zone of four modules the standard asks for around them, each module drawn as a
/// square of pixels, and the image's own resolution set so that it is `printedSize` wide.
public struct QRCode: Sendable {
    /// How much of the symbol may be damaged or dirty and still be read (ISO/IEC 18004).
    public enum Correction: Sendable {
        /// About 7 %.
        case low
        /// About 15 %: enough for a printed and handled sheet of paper.
        case medium
        /// About 25 %.
        case quartile
        /// About 30 %.
        case high
    }

    /// The width of the printed code, in metres, when the picture is shown at its own resolution.
    public static let printedSize = 0.025
    /// Modules of white around the symbol, as ISO/IEC 18004 requires for a scanner to find it.
    public static let quietZone = 4
    /// Pixels per module: sharp when printed at 2.5 cm (about 330 dpi for a short address).
    static let pixelsPerModule = 8

    /// The text the code carries.
    public let text: String
    /// Modules along one side, the quiet zone included.
    public let modules: Int
    /// The picture, a greyscale PNG.
    public let png: [UInt8]

    public init(encoding text: String, correction: Correction = .medium) throws(QRCodeError) {
        let symbol = try QRSymbol(encoding: text, correction: correction)
        let side = symbol.width + 2 * Self.quietZone
        let pixels = side * Self.pixelsPerModule
        // Row by row of modules: one row of pixels drawn, then repeated for the module's height.
        let blank = [UInt8](repeating: 255, count: pixels)
        var grey: [UInt8] = []
        grey.reserveCapacity(pixels * pixels)
        for moduleRow in 0..<side {
            var line = blank
            let row = moduleRow - Self.quietZone
            if (0..<symbol.width).contains(row) {
                for column in 0..<symbol.width where symbol.isDark(row: row, column: column) {
                    let left = (column + Self.quietZone) * Self.pixelsPerModule
                    for x in left..<left + Self.pixelsPerModule { line[x] = 0 }
                }
            }
            for _ in 0..<Self.pixelsPerModule { grey.append(contentsOf: line) }
        }
        let pixelsPerMetre = Int((Double(pixels) / Self.printedSize).rounded())
        self.text = text
        self.modules = side
        do {
            self.png = try GreyPNG(width: pixels, height: pixels, pixels: grey, pixelsPerMetre: pixelsPerMetre).bytes
        } catch {
            throw .failed(text: text, reason: error.message)
        }
    }

    /// The picture as a `data:` URI, the form a template's picture tag takes.
    public var dataURI: String { "data:image/png;base64," + Data(png).base64EncodedString() }
}
