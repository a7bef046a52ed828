import Synchronization

/// An object whose keys it shares with others of its kind: a row of a list read from a data
/// file. The keys are kept once for all rows, and a template's value is found by the position
/// noted at the first row (see `FieldPosition`) instead of by hashing its name in every row.
public struct Record: Sendable {
    public let keys: Keys
    public let values: Values

    /// `values` in the order of `keys.names`.
    public init(keys: Keys, values: [TemplateValue]) {
        var values = values
        self = values.withUnsafeMutableBufferPointer { values in
            let record = Record(keys: keys, moving: values)
            // The array still owns its elements: nulls, which hold nothing, are released instead.
            values.initialize(repeating: .null)
            return record
        }
    }

    /// Moves `values` (in the order of `keys.names`) into the record; they are left uninitialised.
    public init(keys: Keys, moving values: UnsafeMutableBufferPointer<TemplateValue>) {
        precondition(keys.names.count == values.count, "a record has one value for each key")
        self.keys = keys
        self.values = Values.moving(values)
    }

    public subscript(name: String) -> TemplateValue? {
        keys.position(of: name).map { values[$0] }
    }

    public var fields: [String: TemplateValue] {
        Dictionary(uniqueKeysWithValues: zip(keys.names, values))
    }

    /// A record's values, in the order of its keys. Not an array: allocating an array of
    /// `TemplateValue` looks up its storage type at run time, which cost a tenth of the
    /// reading of a list's row; this storage's allocation is as direct as a struct's.
    /// Never changed once made, so its rows can be read from every core.
    public struct Values: RandomAccessCollection, @unchecked Sendable {
        private let storage: Storage

        static func moving(_ source: UnsafeMutableBufferPointer<TemplateValue>) -> Values {
            let storage = unsafeDowncast(
                Storage.create(minimumCapacity: source.count) { _ in source.count }, to: Storage.self)
            if let start = source.baseAddress {
                storage.withUnsafeMutablePointerToElements { $0.moveInitialize(from: start, count: source.count) }
            }
            return Values(storage: storage)
        }

        public var startIndex: Int { 0 }
        /// Through the pointer: `header` itself is a variable, checked for exclusive access at each read.
        public var endIndex: Int { storage.withUnsafeMutablePointerToHeader { $0.pointee } }

        /// The values in place, for a reader that holds the record meanwhile (see `BorrowedRecord`).
        var elements: UnsafeBufferPointer<TemplateValue> {
            storage.withUnsafeMutablePointers { count, values in
                UnsafeBufferPointer(start: values, count: count.pointee)
            }
        }

        public subscript(position: Int) -> TemplateValue {
            storage.withUnsafeMutablePointers { count, values in
                precondition(position >= 0 && position < count.pointee, "a record's value out of range")
                return values[position]
            }
        }

        private final class Storage: ManagedBuffer<Int, TemplateValue> {
            deinit {
                _ = withUnsafeMutablePointers { count, values in values.deinitialize(count: count.pointee) }
            }
        }
    }

    /// The keys of one kind of record, each once.
    public final class Keys: Sendable {
        public let names: [String]
        private let positions: [String: Int]
        /// Never the same for two sets of keys in one run, so a position noted for one is never
        /// taken for another that happens to reuse its memory.
        let serial: UInt64

        private static let lastSerial = Atomic<UInt64>(0)

        /// `names` must not repeat.
        public init(_ names: [String]) {
            self.names = names
            positions = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
            serial = Self.lastSerial.add(1, ordering: .relaxed).newValue
        }

        public func position(of name: String) -> Int? { positions[name] }
    }
}

/// Where one value of a template was last found among a kind of record's keys, or that it was
/// not among them. A class shared by the renderers of a batch on all cores, hence one atomic
/// word: the keys' serial and the position.
final class FieldPosition: Sendable {
    private let known = Atomic<UInt64>(0)
    private static let positionBits: UInt64 = 16
    private static let absent: UInt64 = (1 << positionBits) - 1

    func position(of name: String, in keys: Record.Keys) -> Int? {
        let packed = known.load(ordering: .relaxed)
        if packed >> Self.positionBits == keys.serial {
            let position = packed & Self.absent
            return position == Self.absent ? nil : Int(position)
        }
        let found = keys.position(of: name)
        if keys.serial < 1 << (64 - Self.positionBits), found ?? 0 < Int(Self.absent) {
            known.store(keys.serial << Self.positionBits | (found.map(UInt64.init) ?? Self.absent), ordering: .relaxed)
        }
        return found
    }
}
