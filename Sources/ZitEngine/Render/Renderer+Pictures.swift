import Foundation
import ZitPackage

/// A picture put at one place: which of the document's pictures, at what size.
struct PlacedPicture {
    var index: Int
    var format: PictureFormat
    /// Centimetres.
    var width: Double
    var height: Double
}

extension Renderer {
    /// The placeholder's picture, or nil when it is to be left out (a problem or warning noted).
    mutating func place(_ slot: PictureSlot) -> PlacedPicture? {
        let box = slot.width > 0 && slot.height > 0 ? (slot.width, slot.height) : nil
        return place(
            path: slot.path, tag: slot.tag, location: slot.location, format: slot.format, box: box)
    }

    /// Puts the picture an inline tag names where the tag stood.
    mutating func writePicture<Output: PartOutput>(_ slot: ValueSlot, into output: inout Output) {
        guard let inline = slot.writer.inlinePicture else {
            problems.append(
                TemplateProblem(
                    kind: .badPicture(tag: slot.tag, reason: "w tym miejscu dokumentu nie może stać obraz"),
                    location: slot.location))
            return
        }
        guard
            let placed = place(
                path: slot.expression.path, tag: slot.tag, location: slot.location, format: inline.format, box: nil)
        else { return }
        let picture = pictures.stored[placed.index]
        let reference = inline.format == .wordprocessing ? picture.relationship : picture.entry
        let id = identifiers.next(in: "drawing")
        let markup = inline.markup(
            reference: reference, width: placed.width, height: placed.height,
            name: "\(slot.expression.path.description) \(id)", id: id)
        output.appendValue { $0.append(contentsOf: markup) }
    }

    func value(of attribute: PictureAttribute, for placed: PlacedPicture) -> String {
        let picture = pictures.stored[placed.index]
        switch attribute {
        case .relationship: return picture.relationship
        case .entry: return picture.entry
        case .mediaType: return picture.file.kind.mediaType
        case .width: return placed.format.length(placed.width)
        case .height: return placed.format.length(placed.height)
        }
    }

    private mutating func place(
        path: ValuePath, tag: String, location: TemplateLocation, format: PictureFormat,
        box: (width: Double, height: Double)?
    ) -> PlacedPicture? {
        func refuse(_ reason: String) -> PlacedPicture? {
            problems.append(TemplateProblem(kind: .badPicture(tag: tag, reason: reason), location: location))
            return nil
        }
        func missing(_ what: String) -> PlacedPicture? {
            let problem = TemplateProblem(
                kind: .missingPicture(tag: tag, what: what, removed: !strict), location: location)
            if strict {
                problems.append(problem)
            } else if !warnings.contains(problem) {
                warnings.append(problem)
            }
            return nil
        }
        let request: PictureRequest
        do throws(PictureRequest.Invalid) {
            guard let found = try PictureRequest(scopes.lookup(path) ?? .null) else {
                return missing("w danych nie ma obrazu „\(path.description)”")
            }
            request = found
        } catch {
            return refuse(Self.reason(error, path: path))
        }
        let bytes: [UInt8]
        let claimed: PictureFile.Kind?
        let origin: String
        switch request.origin {
        case .embedded(let embedded, let mediaType):
            (bytes, claimed, origin) = (embedded, PictureFile.Kind(mediaType: mediaType), "obraz z danych (data:)")
        case .file(let file):
            guard let read = pictures.read(file) else { return missing("nie ma pliku obrazu „\(file)”") }
            let suffix = (file as NSString).pathExtension.lowercased()
            let kind: PictureFile.Kind? =
                switch suffix {
                case "png": .png
                case "jpg", "jpeg": .jpeg
                case "svg": .svg
                default: nil
                }
            (bytes, claimed, origin) = (read, kind, "plik „\(file)”")
        }
        let file: PictureFile
        do throws(PictureFile.Refusal) {
            file = try PictureFile(bytes: bytes, claimed: claimed)
        } catch {
            return refuse("\(origin): \(Self.reason(error))")
        }
        if file.kind == .svg, format == .wordprocessing {
            return refuse("\(origin): dokument Word przyjmuje obrazy PNG i JPEG; zapisz obraz SVG jako PNG")
        }
        let size = Self.size(of: file, asked: request, box: box)
        let index = pictures.store(file, format: format, usedIn: currentPart)
        return PlacedPicture(index: index, format: format, width: size.width, height: size.height)
    }

    /// The size asked for in the data; else the placeholder's box (the picture's proportions
    /// kept inside it when asked); else the picture's own size.
    static func size(of file: PictureFile, asked: PictureRequest, box: (width: Double, height: Double)?) -> (
        width: Double, height: Double
    ) {
        let ratio = Double(file.height) / Double(file.width)
        switch (asked.width, asked.height) {
        case (let width?, let height?): return (width, height)
        case (let width?, nil): return (width, width * ratio)
        case (nil, let height?): return (height / ratio, height)
        case (nil, nil): break
        }
        guard let box else { return file.naturalSize }
        guard asked.keepsAspect else { return box }
        let scale = min(box.width, box.height / ratio)
        return (scale, scale * ratio)
    }

    private static func reason(_ invalid: PictureRequest.Invalid, path: ValuePath) -> String {
        switch invalid {
        case .notAPictureValue:
            "wartość „\(path.description)” nie wskazuje obrazu (podaj ścieżkę pliku, adres data: albo obiekt z polem „\(PictureRequest.pictureKey)”)"
        case .badDataURI: "adres data: nie zawiera obrazu zapisanego w base64"
        case .unsupportedMediaType(let type): "typ „\(type)” nie jest obsługiwany (tylko PNG, JPEG i SVG)"
        case .outsideFolder(let text):
            "ścieżka „\(text)” prowadzi poza folder danych; podaj ścieżkę względną wewnątrz tego folderu"
        case .badSize(let key): "pole „\(key)” musi być liczbą centymetrów większą od 0 i nie większą niż 100"
        }
    }

    private static func reason(_ refusal: PictureFile.Refusal) -> String {
        switch refusal {
        case .tooLarge(let bytes):
            "ma \(bytes / 1_048_576) MB, a obraz może mieć najwyżej \(PictureFile.largestSize / 1_048_576) MB"
        case .notAPicture: "to nie jest obraz PNG, JPEG ani SVG"
        case .notThe(let kind): "to nie jest obraz \(kind.fileExtension.uppercased()), za jaki uchodzi"
        case .unreadableSize(let kind):
            "nie da się odczytać rozmiaru obrazu \(kind.fileExtension.uppercased()) (plik jest uszkodzony?)"
        }
    }
}
