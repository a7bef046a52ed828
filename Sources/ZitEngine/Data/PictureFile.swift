/// A picture's bytes, checked to be the format they claim, with the size its header gives.
struct PictureFile: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case png
        case jpeg
        case svg

        var fileExtension: String {
            switch self {
            case .png: "png"
            case .jpeg: "jpeg"
            case .svg: "svg"
            }
        }

        var mediaType: String {
            switch self {
            case .png: "image/png"
            case .jpeg: "image/jpeg"
            case .svg: "image/svg+xml"
            }
        }

        init?(mediaType: String) {
            switch mediaType.lowercased() {
            case "image/png": self = .png
            case "image/jpeg", "image/jpg": self = .jpeg
            case "image/svg+xml": self = .svg
            default: return nil
            }
        }
    }

    /// Larger pictures are refused: a scan of a signature or a logo is far smaller, and a
    /// document carrying a photograph straight from a camera for every participant is not one an
    /// office can send.
    static let largestSize = 10 * 1024 * 1024

    let kind: Kind
    let bytes: [UInt8]
    /// In pixels (SVG: in its own user units).
    let width: Int
    let height: Int
    /// Pixels per inch the picture declares; nil when it declares none.
    let dotsPerInch: Double?

    /// Why bytes are not a picture that can be put into a document.
    enum Refusal: Error, Equatable {
        case tooLarge(bytes: Int)
        case notAPicture
        case notThe(Kind)
        case unreadableSize(Kind)
    }

    /// `claimed`: the type the data names (a `data:` URI's type, a file's extension); the bytes
    /// must be of it.
    init(bytes: [UInt8], claimed: Kind?) throws(Refusal) {
        guard bytes.count <= Self.largestSize else { throw .tooLarge(bytes: bytes.count) }
        guard let found = PictureHeader.kind(of: bytes) else {
            if let claimed { throw .notThe(claimed) }
            throw .notAPicture
        }
        if let claimed, claimed != found { throw .notThe(claimed) }
        guard let header = PictureHeader.read(bytes, as: found) else { throw .unreadableSize(found) }
        self.kind = found
        self.bytes = bytes
        width = header.width
        height = header.height
        dotsPerInch = header.dotsPerInch
    }

    /// The picture's own size in centimetres, at its declared resolution or at 96 dpi (the
    /// resolution Word and LibreOffice assume for a picture that declares none).
    var naturalSize: (width: Double, height: Double) {
        let perInch = dotsPerInch ?? 96
        return (Double(width) / perInch * 2.54, Double(height) / perInch * 2.54)
    }
}
