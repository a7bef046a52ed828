/// The values of the lists and objects still open while a data file is read, innermost last.
///
/// Not an array: a row's values are moved out of it into the row when the row closes, and the
/// array's ownership and capacity checks on every push and pop, with the nulls left behind to
/// keep it initialised, cost more than building the row.
struct PendingStack<Element>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init() {
        capacity = 64
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    mutating func push(_ element: consuming Element) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Element>.allocate(capacity: 2 * capacity)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Hands `body` the elements from `start` on, which it must move out (see
    /// `UnsafeMutableBufferPointer.moveElement(from:)`); they are then gone from the stack.
    mutating func moveOut<Result>(from start: Int, _ body: (UnsafeMutableBufferPointer<Element>) -> Result) -> Result {
        precondition(start >= 0 && start <= count, "a container opened within the stack")
        let result = body(UnsafeMutableBufferPointer(start: base + start, count: count - start))
        count = start
        return result
    }

    /// The elements from `start` on, as a buffer to read while they stay on the stack.
    func elements(from start: Int) -> UnsafeBufferPointer<Element> {
        precondition(start >= 0 && start <= count, "a container opened within the stack")
        return UnsafeBufferPointer(start: base + start, count: count - start)
    }

    mutating func removeAll(from start: Int) {
        precondition(start >= 0 && start <= count, "a container opened within the stack")
        (base + start).deinitialize(count: count - start)
        count = start
    }

    var first: Element? { count > 0 ? base.pointee : nil }
}
