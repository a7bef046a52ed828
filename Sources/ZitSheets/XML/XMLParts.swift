import ZitPackage
import ZitXML

/// Parsing package parts with `ZitXML`'s safe parser, with failures turned into `SheetError`s
/// that name the spreadsheet file and the part.
enum XMLParts {
    static func parse(_ part: String, in package: Package, sheet: String? = nil) throws(SheetError) -> XMLDocument {
        let bytes = try SheetReader.read(part, from: package)
        return try parse(bytes, part: part, file: package.name, sheet: sheet)
    }

    /// `part` is nil for a flat XML file (.fods), which is not a package with parts.
    static func parse(_ bytes: [UInt8], part: String?, file: String, sheet: String? = nil) throws(SheetError)
        -> XMLDocument
    {
        do {
            return try XMLDocument(parsing: bytes, part: part ?? file)
        } catch {
            let place = SheetLocation(file: file, sheet: sheet)
            let part = part.map { "część " + $0 } ?? "plik"
            switch error.reason {
            case .malformed(let text):
                let line = error.line > 0 ? "linia \(error.line): " : ""
                throw SheetError(place, .damaged("\(part) ma nieprawidłową zawartość XML (\(line)\(text))"))
            case .documentTypeDeclaration:
                throw SheetError(
                    place,
                    .damaged(
                        "\(part) zawiera deklarację DTD (<!DOCTYPE>), której arkusze nigdy nie mają, więc plik odrzucono jako niebezpieczny"
                    ))
            case .tooLarge(let limit):
                throw SheetError(
                    place,
                    .damaged(
                        "\(part) ma ponad \(SheetError.megabytes(limit)), więc plik odrzucono"))
            }
        }
    }

    /// The element children of a node, lazily and without building an array: sheets have
    /// millions of nodes.
    static func elements(of node: XMLNode) -> ElementSequence { ElementSequence(first: node.firstChild) }

    struct ElementSequence: Sequence, IteratorProtocol {
        private var upcoming: XMLNode?
        init(first: XMLNode?) { upcoming = first }
        mutating func next() -> XMLNode? {
            while let node = upcoming {
                upcoming = node.nextSibling
                if node.isElement { return node }
            }
            return nil
        }
    }
}

extension String {
    /// The text of an OOXML string (`ST_Xstring`) as the program shows it: `_xHHHH_` escapes,
    /// which Excel writes for control characters (a carriage return is `_x000D_`), decoded, and
    /// line ends made "\n" whatever their origin, so a line break inside a cell is the same
    /// "\n" in every format.
    func decodingOOXMLEscapes() -> String {
        let bytes = utf8
        guard bytes.contains(where: { $0 == UInt8(ascii: "_") || $0 == 0x0D }) else { return self }
        let input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        func hex(_ byte: UInt8) -> UInt32? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
        }
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "_"), index + 6 < input.count, input[index + 1] == UInt8(ascii: "x"),
                input[index + 6] == UInt8(ascii: "_"),
                let a = hex(input[index + 2]), let b = hex(input[index + 3]),
                let c = hex(input[index + 4]), let d = hex(input[index + 5]),
                let scalar = Unicode.Scalar(a << 12 | b << 8 | c << 4 | d)
            {
                output.append(contentsOf: String(Character(scalar)).utf8)
                index += 7
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self).normalisingLineEnds()
    }

    /// "\r\n" and a lone "\r" become "\n".
    func normalisingLineEnds() -> String {
        guard utf8.contains(0x0D) else { return self }
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count)
        var previousCR = false
        for byte in utf8 {
            if byte == 0x0D {
                output.append(0x0A)
                previousCR = true
            } else {
                if !(byte == 0x0A && previousCR) { output.append(byte) }
                previousCR = false
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
