import CLibZip

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// A libzip source over bytes deflated already. Its stat names the compression method, size
/// and checksum, which tells libzip to write the bytes as they are instead of compressing them.
enum PrecompressedSource {
    private final class Context {
        let part: DeflatedPart
        var offset = 0
        init(_ part: DeflatedPart) { self.part = part }
    }

    static func make(_ part: DeflatedPart, error: inout zip_error_t) -> OpaquePointer? {
        let context = Unmanaged.passRetained(Context(part)).toOpaque()
        guard let source = zip_source_function_create(callback, context, &error) else {
            Unmanaged<Context>.fromOpaque(context).release()
            return nil
        }
        return source
    }

    private static let supported: zip_int64_t = [
        ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
        ZIP_SOURCE_SUPPORTS
    ].reduce(0) { $0 | (1 << zip_int64_t($1.rawValue)) }

    private static let callback: zip_source_callback = { userdata, data, length, command in
        let context = Unmanaged<Context>.fromOpaque(userdata!)
        let state = context.takeUnretainedValue()
        switch command {
        case ZIP_SOURCE_OPEN:
            state.offset = 0
            return 0
        case ZIP_SOURCE_READ:
            let count = min(Int(length), state.part.bytes.count - state.offset)
            if count > 0 {
                state.part.bytes.withUnsafeBytes { bytes in
                    _ = memcpy(data!, bytes.baseAddress! + state.offset, count)
                }
            }
            state.offset += count
            return zip_int64_t(count)
        case ZIP_SOURCE_CLOSE:
            return 0
        case ZIP_SOURCE_STAT:
            let stat = data!.assumingMemoryBound(to: zip_stat_t.self)
            zip_stat_init(stat)
            stat.pointee.size = zip_uint64_t(state.part.uncompressedSize)
            stat.pointee.comp_size = zip_uint64_t(state.part.bytes.count)
            stat.pointee.comp_method = zip_uint16_t(ZIP_CM_DEFLATE)
            stat.pointee.crc = state.part.crc32
            stat.pointee.valid = zip_uint64_t(ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC)
            return zip_int64_t(MemoryLayout<zip_stat_t>.size)
        case ZIP_SOURCE_ERROR:
            // Reading memory cannot fail: report "no error" in libzip's two-int form.
            guard length >= 2 * zip_uint64_t(MemoryLayout<Int32>.size) else { return -1 }
            memset(data!, 0, 2 * MemoryLayout<Int32>.size)
            return zip_int64_t(2 * MemoryLayout<Int32>.size)
        case ZIP_SOURCE_FREE:
            context.release()
            return 0
        case ZIP_SOURCE_SUPPORTS:
            return supported
        default:
            return -1
        }
    }
}
