import CYajl
import Foundation
import ZitEngine
import ZitProject

/// Builds a `TemplateValue` from yajl's events as they arrive. The values of all open lists and
/// objects wait on one stack and a container takes its own off the top when it closes, so a
/// value is stored once and no growing container is copied on write.
///
/// yajl's context points at the builder itself, a struct: a class's stored properties would be
/// checked for overlapping access at run time on every callback.
struct JSONBuilder: ~Copyable {
    /// Why a callback stopped the reading; yajl only learns that it was stopped.
    enum Refusal {
        case tooDeep
        case numberOutOfRange(String)
        /// A text, as yajl decoded it, that is not UTF-8: from its bytes or from a `\u` escape.
        case notUTF8
    }

    private(set) var refusal: Refusal?
    private var texts = TextCache()
    private var shapes = ObjectShapes(depths: YAMLShape.maximumNesting)
    private var values = PendingStack<TemplateValue>()
    private var keys = PendingStack<String>()
    /// Where each open container's values and keys begin, the innermost last.
    private var openings: [(values: Int, keys: Int)] = []

    /// The value of the whole text, once yajl has read all of it without an error.
    var value: TemplateValue { values.first ?? .null }

    static let callbacks = yajl_callbacks(
        yajl_null: { at($0).pointee.add(.null) },
        yajl_boolean: { at($0).pointee.add(.bool($1 != 0)) },
        yajl_integer: nil,
        yajl_double: nil,
        yajl_number: { at($0).pointee.addNumber(UnsafeRawPointer($1!).assumingMemoryBound(to: UInt8.self), count: $2) },
        yajl_string: { at($0).pointee.addString(UnsafeBufferPointer(start: $1, count: $2)) },
        yajl_start_map: { at($0).pointee.open() },
        yajl_map_key: { at($0).pointee.addKey(UnsafeBufferPointer(start: $1, count: $2)) },
        yajl_end_map: { at($0).pointee.closeObject() },
        yajl_start_array: { at($0).pointee.open() },
        yajl_end_array: { at($0).pointee.closeList() })

    private static func at(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<JSONBuilder> {
        context!.assumingMemoryBound(to: JSONBuilder.self)
    }

    // Each callback answers yajl: 1 to go on, 0 to stop.

    private mutating func add(_ value: consuming TemplateValue) -> CInt {
        values.push(value)
        return 1
    }

    /// yajl has checked the syntax; Decimal reads the digits as written ("0.1", "1e3"), which a
    /// Double would round. Whole numbers, most of them, go through Int, because
    /// `Decimal(string:)` is many times slower.
    private mutating func addNumber(_ bytes: UnsafePointer<UInt8>, count: Int) -> CInt {
        let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
        if let whole = Int(text) { return add(.number(Decimal(whole))) }
        guard let number = Decimal(string: text) else {
            refusal = .numberOutOfRange(text)
            return 0
        }
        return add(.number(number))
    }

    private mutating func addString(_ bytes: UnsafeBufferPointer<UInt8>) -> CInt {
        guard let text = texts.text(bytes) else { return refuseText() }
        return add(.string(text))
    }

    private mutating func addKey(_ bytes: UnsafeBufferPointer<UInt8>) -> CInt {
        guard let key = texts.text(bytes) else { return refuseText() }
        keys.push(key)
        return 1
    }

    private mutating func refuseText() -> CInt {
        refusal = .notUTF8
        return 0
    }

    /// Limited here, as yajl itself keeps no limit and the values built would be released by
    /// recursion, one stack frame per level.
    private mutating func open() -> CInt {
        guard openings.count < YAMLShape.maximumNesting else {
            refusal = .tooDeep
            return 0
        }
        openings.append((values.count, keys.count))
        return 1
    }

    private mutating func closeList() -> CInt {
        let items = values.moveOut(from: openings.removeLast().values) { $0.moveAll() }
        return add(.list(items))
    }

    private mutating func closeObject() -> CInt {
        let opening = openings.removeLast()
        let depth = openings.count
        let keys = keys.elements(from: opening.keys)
        let record = values.moveOut(from: opening.values) { row in
            shapes.object(at: depth, keys: keys, moving: row)
        }
        self.keys.removeAll(from: opening.keys)
        return add(.record(record))
    }
}

private extension UnsafeMutableBufferPointer {
    /// The elements, moved out: they are left uninitialised.
    func moveAll() -> [Element] {
        var moved: [Element] = []
        moved.reserveCapacity(count)
        for index in indices { moved.append(moveElement(from: index)) }
        return moved
    }
}
