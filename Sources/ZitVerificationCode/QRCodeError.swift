/// Why a QR code could not be made, in words for the person who set the address.
public enum QRCodeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text does not fit in the largest QR code at the chosen correction level.
    case tooLong(text: String)
    /// A NUL character cannot be passed to the encoder.
    case containsNul(text: String)
    /// The encoder or the PNG writer failed (no memory, or a message from libpng).
    case failed(text: String, reason: String)

    public var description: String {
        switch self {
        case .tooLong(let text):
            "Tekst „\(text)” jest za długi, by zapisać go w kodzie QR."
        case .containsNul(let text):
            "Tekst „\(text)” zawiera znak NUL, którego nie można zapisać w kodzie QR."
        case .failed(let text, let reason):
            "Nie udało się utworzyć kodu QR dla „\(text)”: \(reason)."
        }
    }
}
