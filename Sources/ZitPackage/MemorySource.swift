import CLibZip

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// A libzip source over bytes held by Swift, read by libzip only while it writes the archive, so
/// libzip gets no copy of them. Its stat names the bytes as content to store, or as deflated
/// already, which tells libzip to write them as they are instead of compressing them.
///
/// A source made with `fetch` asks for its bytes when libzip first looks at the entry (entries
/// are written in order, so one at a time) and lets go of them once they are written: a package
/// of many large entries (a batch's ZIP) then holds one of them at a time instead of all.
enum MemorySource {
    private final class Context {
        var bytes: [UInt8]
        /// The deflated part's size and checksum; nil for content to be stored.
        let deflated: (uncompressedSize: Int, crc32: UInt32)?
        /// Gives the bytes when libzip first asks, nil when there are none to give.
        var fetch: (() -> [UInt8]?)?
        /// Kept after the bytes are let go of: libzip asks for the size again once they are written.
        var size: Int
        /// Fetched bytes go once written; a second reading would find them gone.
        let streamed: Bool
        var released = false
        var offset = 0
        var failed = false

        init(bytes: [UInt8], deflated: (uncompressedSize: Int, crc32: UInt32)?, fetch: (() -> [UInt8]?)?) {
            self.bytes = bytes
            self.deflated = deflated
            self.fetch = fetch
            streamed = fetch != nil
            size = bytes.count
        }

        /// False when `fetch` had nothing to give.
        func fetched() -> Bool {
            guard let fetch else { return !failed }
            self.fetch = nil
            guard let bytes = fetch() else {
                failed = true
                return false
            }
            self.bytes = bytes
            size = bytes.count
            return true
        }
    }

    /// Content written as it is (the method the entry is given decides whether libzip compresses it).
    static func make(_ bytes: [UInt8], error: inout zip_error_t) -> OpaquePointer? {
        make(Context(bytes: bytes, deflated: nil, fetch: nil), error: &error)
    }

    static func make(_ part: DeflatedPart, error: inout zip_error_t) -> OpaquePointer? {
        make(Context(bytes: part.bytes, deflated: (part.uncompressedSize, part.crc32), fetch: nil), error: &error)
    }

    /// Content to store, given by `fetch` when libzip comes to the entry; libzip stops writing
    /// (as cancelled) when `fetch` gives nil.
    static func make(fetching fetch: @escaping () -> [UInt8]?, error: inout zip_error_t) -> OpaquePointer? {
        make(Context(bytes: [], deflated: nil, fetch: fetch), error: &error)
    }

    private static func make(_ context: Context, error: inout zip_error_t) -> OpaquePointer? {
        let retained = Unmanaged.passRetained(context).toOpaque()
        guard let source = zip_source_function_create(callback, retained, &error) else {
            Unmanaged<Context>.fromOpaque(retained).release()
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
            guard state.fetched(), !state.released else {
                state.failed = true
                return -1
            }
            state.offset = 0
            return 0
        case ZIP_SOURCE_READ:
            let count = min(Int(length), state.bytes.count - state.offset)
            if count > 0 {
                state.bytes.withUnsafeBytes { bytes in
                    _ = memcpy(data!, bytes.baseAddress! + state.offset, count)
                }
            }
            state.offset += count
            return zip_int64_t(count)
        case ZIP_SOURCE_CLOSE:
            if state.streamed, state.offset == state.size {
                state.bytes = []
                state.released = true
            }
            return 0
        case ZIP_SOURCE_STAT:
            guard state.fetched() else { return -1 }
            let stat = data!.assumingMemoryBound(to: zip_stat_t.self)
            zip_stat_init(stat)
            stat.pointee.comp_size = zip_uint64_t(state.size)
            if let deflated = state.deflated {
                stat.pointee.size = zip_uint64_t(deflated.uncompressedSize)
                stat.pointee.comp_method = zip_uint16_t(ZIP_CM_DEFLATE)
                stat.pointee.crc = deflated.crc32
                stat.pointee.valid = zip_uint64_t(
                    ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC)
            } else {
                stat.pointee.size = zip_uint64_t(state.size)
                stat.pointee.comp_method = zip_uint16_t(ZIP_CM_STORE)
                stat.pointee.valid = zip_uint64_t(
                    ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_ENCRYPTION_METHOD)
            }
            return zip_int64_t(MemoryLayout<zip_stat_t>.size)
        case ZIP_SOURCE_ERROR:
            // Reading memory cannot fail; only a fetch that had nothing to give stops the writing.
            guard length >= 2 * zip_uint64_t(MemoryLayout<Int32>.size) else { return -1 }
            let codes = data!.assumingMemoryBound(to: Int32.self)
            codes[0] = state.failed ? ZIP_ER_CANCELLED : 0
            codes[1] = 0
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
