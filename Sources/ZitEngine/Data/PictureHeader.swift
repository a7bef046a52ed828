import Foundation

/// The few header fields of PNG, JPEG and SVG that say what a file is and how large it is.
enum PictureHeader {
    struct Size {
        var width: Int
        var height: Int
        var dotsPerInch: Double?
    }

    private static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func kind(of bytes: [UInt8]) -> PictureFile.Kind? {
        if bytes.starts(with: pngSignature) { return .png }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if svgRoot(in: bytes) != nil { return .svg }
        return nil
    }

    static func read(_ bytes: [UInt8], as kind: PictureFile.Kind) -> Size? {
        let size: Size? =
            switch kind {
            case .png: png(bytes)
            case .jpeg: jpeg(bytes)
            case .svg: svg(bytes)
            }
        guard let size, size.width > 0, size.height > 0 else { return nil }
        return size
    }

    private static func bigEndian(_ bytes: [UInt8], _ at: Int, count: Int) -> Int? {
        guard at >= 0, at + count <= bytes.count else { return nil }
        return bytes[at..<(at + count)].reduce(0) { $0 << 8 | Int($1) }
    }

    /// IHDR comes first; pHYs, when present, before the image data.
    private static func png(_ bytes: [UInt8]) -> Size? {
        guard bigEndian(bytes, 12, count: 4) == 0x4948_4452,
            let width = bigEndian(bytes, 16, count: 4), let height = bigEndian(bytes, 20, count: 4)
        else { return nil }
        var size = Size(width: width, height: height)
        var offset = 8
        while let length = bigEndian(bytes, offset, count: 4), let type = bigEndian(bytes, offset + 4, count: 4) {
            if type == 0x4944_4154 || type == 0x4945_4E44 { break }  // IDAT, IEND
            if type == 0x7048_5973, length == 9, let perMetre = bigEndian(bytes, offset + 8, count: 4),
                bigEndian(bytes, offset + 16, count: 1) == 1, perMetre > 0
            {
                // Stored per metre: 300 dpi is written as 11811, which is 299.9994 dpi.
                size.dotsPerInch = (Double(perMetre) * 0.0254).rounded()
            }
            offset += 12 + length
        }
        return size
    }

    /// The frame header (SOFn) gives the size; a JFIF segment, the density.
    private static func jpeg(_ bytes: [UInt8]) -> Size? {
        var offset = 2
        var dotsPerInch: Double?
        while offset + 4 <= bytes.count {
            guard bytes[offset] == 0xFF else { return nil }
            let marker = bytes[offset + 1]
            if marker == 0xFF {
                offset += 1
                continue
            }
            guard let length = bigEndian(bytes, offset + 2, count: 2), length >= 2 else { return nil }
            let segment = offset + 4
            if marker == 0xE0, bytes.count >= segment + 12,
                Array(bytes[segment..<(segment + 5)]) == Array("JFIF\0".utf8),
                let x = bigEndian(bytes, segment + 8, count: 2), x > 0
            {
                switch bytes[segment + 7] {
                case 1: dotsPerInch = Double(x)
                case 2: dotsPerInch = Double(x) * 2.54
                default: break
                }
            }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker),
                let height = bigEndian(bytes, segment + 1, count: 2),
                let width = bigEndian(bytes, segment + 3, count: 2)
            {
                return Size(width: width, height: height, dotsPerInch: dotsPerInch)
            }
            offset += 2 + length
        }
        return nil
    }

    /// The root element's start tag, when the text is an SVG document.
    private static func svgRoot(in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        guard let start = head.range(of: "<svg"), let end = head[start.upperBound...].firstIndex(of: ">") else {
            return nil
        }
        let before = head[..<start.lowerBound]
        // Only a declaration, comments and a doctype may come before the root.
        guard before.allSatisfy({ $0.isASCII }), !before.contains("<html") else { return nil }
        return String(head[start.lowerBound...end])
    }

    /// `width`/`height` of the root (a length in px, cm, mm, in or pt), else its viewBox.
    private static func svg(_ bytes: [UInt8]) -> Size? {
        guard let root = svgRoot(in: bytes) else { return nil }
        func attribute(_ name: String) -> String? {
            guard let range = root.range(of: " \(name)=") ?? root.range(of: "\n\(name)=") else { return nil }
            let rest = root[range.upperBound...]
            guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
            let value = rest.dropFirst()
            guard let end = value.firstIndex(of: quote) else { return nil }
            return String(value[..<end])
        }
        func pixels(_ text: String) -> Double? {
            let units: [(String, Double)] = [
                ("px", 1), ("cm", 96 / 2.54), ("mm", 96 / 25.4), ("in", 96), ("pt", 96 / 72)
            ]
            for (unit, factor) in units where text.hasSuffix(unit) {
                return Double(text.dropLast(unit.count)).map { $0 * factor }
            }
            return Double(text)
        }
        if let width = attribute("width").flatMap(pixels), let height = attribute("height").flatMap(pixels) {
            return Size(width: Int(width.rounded()), height: Int(height.rounded()), dotsPerInch: 96)
        }
        if let box = attribute("viewBox") {
            let numbers = box.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
            if numbers.count == 4 {
                return Size(width: Int(numbers[2].rounded()), height: Int(numbers[3].rounded()), dotsPerInch: 96)
            }
        }
        return nil
    }
}
