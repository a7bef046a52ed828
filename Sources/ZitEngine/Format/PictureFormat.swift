import Foundation
import ZitXML

/// How a format holds pictures: where placeholders are named, where a picture's bytes go in the
/// package, and the markup of a picture put where a tag stood.
enum PictureFormat: Sendable {
    /// A drawing (`w:drawing`) whose `wp:docPr` has the tag as its alt text (`descr`), title or name.
    case wordprocessing
    /// A frame (`draw:frame`) whose name (`draw:name`) is the tag.
    case openDocument

    /// The folder of the package the pictures of a document are put in.
    var mediaFolder: String {
        switch self {
        case .wordprocessing: "word/media/"
        case .openDocument: "Pictures/"
        }
    }

    static let emuPerCentimetre = 360_000.0

    /// A length as the format writes it in an attribute: EMU in DrawingML, centimetres in ODF.
    func length(_ centimetres: Double) -> String {
        switch self {
        case .wordprocessing: String(Int((centimetres * Self.emuPerCentimetre).rounded()))
        case .openDocument: String(format: "%.3fcm", locale: Locale(identifier: "en_US_POSIX"), centimetres)
        }
    }

    /// Centimetres from a placeholder's attribute written in this format's lengths.
    func centimetres(_ text: String) -> Double? {
        switch self {
        case .wordprocessing: Double(text).map { $0 / Self.emuPerCentimetre }
        case .openDocument: ODFLength.centimetres(text)
        }
    }
}

/// What a placeholder's attribute becomes once its picture is known.
enum PictureAttribute: Sendable {
    /// `r:embed`: the relationship id of the picture in the part.
    case relationship
    /// `xlink:href`: the picture's entry in the package.
    case entry
    /// The picture's media type (`loext:mime-type`, `draw:mime-type`).
    case mediaType
    case width
    case height
}

/// Lengths in ODF attributes (`2.5cm`, `10mm`, `1in`, `72pt`).
enum ODFLength {
    static func centimetres(_ text: String) -> Double? {
        let units: [(String, Double)] = [("cm", 1), ("mm", 0.1), ("in", 2.54), ("pt", 2.54 / 72), ("pc", 2.54 / 6)]
        for (unit, factor) in units where text.hasSuffix(unit) {
            return Double(text.dropLast(unit.count)).map { $0 * factor }
        }
        return nil
    }
}

/// The markup of a picture put where an inline tag `{{%photo}}` stood, inside a text holder.
struct InlinePicture: Sendable {
    var format: PictureFormat
    /// The holder's prefix with its colon (`w:`), to close the holder before the drawing and
    /// reopen it after; empty when the holder has none.
    var holderPrefix: String

    /// `reference`: the relationship id (Word) or the entry's name (ODF); `name`, the frame's
    /// name; `id`, a drawing id the document does not use yet.
    func markup(reference: String, width: Double, height: Double, name: String, id: Int) -> [UInt8] {
        let cx = format.length(width)
        let cy = format.length(height)
        switch format {
        case .wordprocessing:
            let w = holderPrefix
            let picture =
                "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
                + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:nvPicPr><pic:cNvPr id=\"\(id)\" name=\"\(name)\"/><pic:cNvPicPr/></pic:nvPicPr>"
                + "<pic:blipFill><a:blip xmlns:r=\"\(Namespace.relationships)\" r:embed=\"\(reference)\"/>"
                + "<a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
                + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
            return Array(
                ("</\(w)t><\(w)drawing><wp:inline xmlns:wp=\"\(Namespace.wp)\" distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
                    + "<wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/><wp:docPr id=\"\(id)\" name=\"\(name)\"/>" + picture
                    + "</wp:inline></\(w)drawing><\(w)t xml:space=\"preserve\">").utf8)
        case .openDocument:
            return Array(
                ("<draw:frame xmlns:draw=\"\(Namespace.draw)\" xmlns:svg=\"\(Namespace.svg)\""
                    + " xmlns:text=\"\(Namespace.text)\" xmlns:xlink=\"\(Namespace.xlink)\""
                    + " draw:name=\"\(name)\" text:anchor-type=\"as-char\" svg:width=\"\(cx)\" svg:height=\"\(cy)\">"
                    + "<draw:image xlink:href=\"\(reference)\" xlink:type=\"simple\" xlink:show=\"embed\""
                    + " xlink:actuate=\"onLoad\"/></draw:frame>").utf8)
        }
    }
}
