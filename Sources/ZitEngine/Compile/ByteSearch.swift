#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension Array where Element == UInt8 {
    /// Where `pattern` first occurs at or after `start`. memchr finds each candidate first byte and
    /// memcmp checks the rest: many times faster than the generic collection search on parts of
    /// tens of kilobytes.
    func firstRange(of pattern: [UInt8], from start: Int = 0) -> Range<Int>? {
        guard !pattern.isEmpty, start >= 0, start <= count - pattern.count else { return nil }
        return withUnsafeBufferPointer { haystack in
            pattern.withUnsafeBufferPointer { needle in
                let base = haystack.baseAddress!, last = count - pattern.count
                var position = start
                while position <= last {
                    guard let hit = memchr(base + position, Int32(needle[0]), last - position + 1) else { return nil }
                    let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    if memcmp(base + offset, needle.baseAddress!, needle.count) == 0 {
                        return offset..<(offset + needle.count)
                    }
                    position = offset + 1
                }
                return nil
            }
        }
    }
}
