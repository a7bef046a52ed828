#if DEBUG
    import CZlib
    import Foundation

    /// Debug builds only: what a coder of zitdocs' own wrote, inflated by zlib and compared with the
    /// text it was given, and a checksum worked out from marks compared with one read from the
    /// bytes. A wrong mark would otherwise make a document whose checksum agrees with text nobody
    /// wrote; here every test that fills a document stops at the first such chunk.
    enum WrittenCheck {
        /// The last 32 KB of a part's text before the chunk being checked, which its references may reach.
        struct Window {
            private(set) var bytes: [UInt8] = []

            mutating func append(_ text: [UInt8]) {
                bytes = Array((bytes + text).suffix(Deflate.windowSize))
            }
        }

        /// Whether `written`, inflated after `window`, is `text` exactly, ending the deflate stream
        /// when `isLast` and on a byte boundary otherwise.
        static func inflates(_ written: [UInt8], to text: ArraySlice<UInt8>, after window: [UInt8], isLast: Bool)
            -> Bool
        {
            var stream = z_stream()
            guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                return false
            }
            defer { inflateEnd(&stream) }
            if !window.isEmpty {
                let status = window.withUnsafeBufferPointer {
                    inflateSetDictionary(&stream, $0.baseAddress, uInt($0.count))
                }
                guard status == Z_OK else { return false }
            }
            // One byte more than expected, so that a chunk inflating to more shows.
            var output = [UInt8](repeating: 0, count: text.count + 1)
            let (status, produced, unread) = written.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer { target in
                    stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                    stream.avail_in = uInt(source.count)
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    let status = inflate(&stream, Z_SYNC_FLUSH)
                    return (status, target.count - Int(stream.avail_out), Int(stream.avail_in))
                }
            }
            guard status == (isLast ? Z_STREAM_END : Z_OK), unread == 0, produced == text.count else { return false }
            guard produced > 0 else { return true }
            return text.withUnsafeBufferPointer { expected in
                output.withUnsafeBufferPointer { memcmp($0.baseAddress!, expected.baseAddress!, produced) == 0 }
            }
        }
    }
#endif
