import CLibPNG
import CZlib

/// An 8-bit greyscale PNG written by libpng's simplified API, with a pHYs chunk giving its size.
///
/// The simplified API catches libpng's errors itself (the usual API jumps out of the caller with
/// longjmp, which Swift cannot stand) and frees its own memory whether it succeeds or not; it
/// writes no pHYs, so that chunk is put in after IHDR here.
struct GreyPNG {
    let bytes: [UInt8]

    /// libpng's own message (in English), for the error the caller reports.
    struct Failure: Error {
        var message: String
    }

    init(width: Int, height: Int, pixels: [UInt8], pixelsPerMetre: Int) throws(Failure) {
        // A QR code's picture deflates to a small fraction of its pixels; libpng says how much
        // room it needs when the first guess is too small, and the second try has exactly that.
        var capacity = 4096 + width * height / 8
        for _ in 0..<2 {
            var image = Self.settings(width: width, height: height)
            var stream = [UInt8](repeating: 0, count: capacity)
            var size = png_alloc_size_t(capacity)
            let written = stream.withUnsafeMutableBytes { output in
                pixels.withUnsafeBytes { buffer in
                    png_image_write_to_memory(
                        &image, output.baseAddress, &size, 0, buffer.baseAddress, png_int_32(width), nil)
                }
            }
            if written != 0 {
                stream.removeSubrange(Int(size)...)
                bytes = Self.inserting(Self.physicalSize(pixelsPerMetre), afterHeaderOf: stream)
                return
            }
            guard Int(size) > capacity else { throw Self.failure(image) }
            capacity = Int(size)
        }
        throw Failure(message: "libpng: the picture did not fit in the room it asked for")
    }

    /// A fresh `png_image` each time: libpng keeps its state in it and frees it after each call.
    private static func settings(width: Int, height: Int) -> png_image {
        var image = png_image()
        image.version = png_uint_32(PNG_IMAGE_VERSION)
        image.width = png_uint_32(width)
        image.height = png_uint_32(height)
        image.format = png_uint_32(PNG_FORMAT_GRAY)
        return image
    }

    private static func failure(_ image: png_image) -> Failure {
        let message = withUnsafeBytes(of: image.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        return Failure(message: "libpng: \(message)")
    }

    /// pHYs: the same number of pixels per metre across and down.
    private static func physicalSize(_ pixelsPerMetre: Int) -> [UInt8] {
        let value = bigEndian(UInt32(pixelsPerMetre))
        // Unit 1: the metre.
        return chunk("pHYs", value + value + [1])
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeAndData = Array(type.utf8) + data
        let crc = typeAndData.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
        return bigEndian(UInt32(data.count)) + typeAndData + bigEndian(crc)
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    /// The signature (8 bytes) and IHDR (4 length, 4 type, 13 data, 4 CRC) always come first.
    private static func inserting(_ chunk: [UInt8], afterHeaderOf stream: [UInt8]) -> [UInt8] {
        let headerEnd = 8 + 4 + 4 + 13 + 4
        return Array(stream[..<headerEnd]) + chunk + Array(stream[headerEnd...])
    }
}
