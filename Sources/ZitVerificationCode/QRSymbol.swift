import CQREncode
import Foundation

/// The modules of a QR symbol, read from libqrencode.
///
/// Invariant: the `QRcode` libqrencode returns belongs to the caller; it is copied into `dark`
/// and freed with `QRcode_free` before `init` returns, so no C memory outlives the call.
struct QRSymbol {
    /// Modules along one side, without the quiet zone.
    let width: Int
    /// Row after row, true for a black module.
    private let dark: [Bool]

    init(encoding text: String, correction: QRCode.Correction) throws(QRCodeError) {
        guard !text.utf8.contains(0) else { throw .containsNul(text: text) }
        let level: QRecLevel =
            switch correction {
            case .low: QR_ECLEVEL_L
            case .medium: QR_ECLEVEL_M
            case .quartile: QR_ECLEVEL_Q
            case .high: QR_ECLEVEL_H
            }
        // Version 0: the smallest symbol that holds the text. QR_MODE_8 keeps UTF-8 as it is;
        // case-sensitive, since a number's series is part of the address.
        guard let code = QRcode_encodeString(text, 0, level, QR_MODE_8, 1) else {
            let reason = errno
            if reason == ERANGE { throw .tooLong(text: text) }
            throw .failed(text: text, reason: String(cString: strerror(reason)))
        }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        // Bit 0 of each byte is the module's colour; the other bits say what the module is for.
        dark = UnsafeBufferPointer(start: code.pointee.data, count: width * width).map { $0 & 1 == 1 }
        self.width = width
    }

    func isDark(row: Int, column: Int) -> Bool { dark[row * width + column] }
}
