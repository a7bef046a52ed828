/// The archive's bytes at a fixed address.
///
/// libzip keeps a plain pointer to the buffer it reads from for as long as an archive handle
/// lives, and a Swift array gives no such guarantee outside `withUnsafeBytes`. Every
/// `ZipHandle` holds a reference to this object, so the memory outlives every handle over it.
/// The bytes are written only inside `init`, which is why sharing across threads is safe.
final class ArchiveBytes: @unchecked Sendable {
    let base: UnsafeMutableRawPointer
    let count: Int

    /// `fill` writes into the buffer and returns how many bytes it produced (at most `capacity`).
    init<E: Error>(capacity: Int, fill: (UnsafeMutableRawBufferPointer) throws(E) -> Int) throws(E) {
        let base = UnsafeMutableRawPointer.allocate(byteCount: max(capacity, 1), alignment: 16)
        do {
            count = try fill(UnsafeMutableRawBufferPointer(start: base, count: capacity))
        } catch {
            base.deallocate()
            throw error
        }
        self.base = base
    }

    convenience init(_ bytes: [UInt8]) {
        self.init(capacity: bytes.count) { (buffer: UnsafeMutableRawBufferPointer) -> Int in
            return bytes.withUnsafeBytes { source in
                buffer.copyMemory(from: source)
                return source.count
            }
        }
    }

    subscript(offset: Int) -> UInt8 { base.load(fromByteOffset: offset, as: UInt8.self) }

    deinit { base.deallocate() }
}
