/// Bits packed the way deflate sends them: least significant first, into a buffer sized for
/// the worst case up front, so the hot loop never grows an array.
struct BitWriter: ~Copyable {
    private let buffer: UnsafeMutableRawPointer
    private let capacity: Int
    private var position = 0
    private var pending: UInt64 = 0
    private var pendingCount = 0

    init(capacity: Int) {
        self.capacity = capacity + 8
        buffer = .allocate(byteCount: self.capacity, alignment: 8)
    }

    deinit { buffer.deallocate() }

    /// `count` is at most 32. Masking shifts: `pendingCount` stays below 32, and the checks of
    /// the ordinary shifts were a third of the work per literal.
    @inline(__always)
    mutating func write(_ value: UInt64, count: Int) {
        pending |= value &<< UInt64(truncatingIfNeeded: pendingCount)
        pendingCount &+= count
        if pendingCount >= 32 {
            precondition(position + 4 <= capacity, "the worst case was allowed for")
            buffer.storeBytes(
                of: UInt32(truncatingIfNeeded: pending).littleEndian, toByteOffset: position, as: UInt32.self)
            position &+= 4
            pending &>>= 32
            pendingCount &-= 32
        }
    }

    mutating func alignToByte() {
        precondition(position + 4 <= capacity, "the worst case was allowed for")  // pendingCount < 32
        while pendingCount > 0 {
            buffer.storeBytes(of: UInt8(truncatingIfNeeded: pending), toByteOffset: position, as: UInt8.self)
            position += 1
            pending >>= 8
            pendingCount = max(0, pendingCount - 8)
        }
        pending = 0
    }

    /// Only on a byte boundary.
    mutating func appendBytes(_ values: [UInt8]) {
        precondition(pendingCount == 0 && position + values.count <= capacity, "on a byte boundary, with room")
        for value in values {
            buffer.storeBytes(of: value, toByteOffset: position, as: UInt8.self)
            position += 1
        }
    }

    var bytes: [UInt8] { Array(UnsafeRawBufferPointer(start: buffer, count: position)) }
}
