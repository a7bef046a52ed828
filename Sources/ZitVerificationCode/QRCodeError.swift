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
            "Adres „\(text)” jest za długi, by zapisać go w kodzie QR; skróć adres_weryfikacji w projekt.yaml."
        case .containsNul(let text):
            "Adres „\(text)” zawiera niedozwolony znak NUL i nie może trafić do kodu QR."
        case .failed(let text, let reason):
            "Nie udało się utworzyć kodu QR dla „\(text)”: \(reason)."
        }
    }
}
