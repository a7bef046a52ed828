import Synchronization

/// An object whose keys it shares with others of its kind: a row of a list read from a data
/// file. The keys are kept once for all rows, and a template's value is found by the position
/// noted at the first row (see `FieldPosition`) instead of by hashing its name in every row.
public struct Record: Sendable {
    public let keys: Keys
    public let values: [TemplateValue]

    /// `values` in the order of `keys.names`.
    public init(keys: Keys, values: [TemplateValue]) {
        precondition(keys.names.count == values.count, "a record has one value for each key")
        self.keys = keys
        self.values = values
    }

    public subscript(name: String) -> TemplateValue? {
        keys.position(of: name).map { values[$0] }
    }

    public var fields: [String: TemplateValue] {
        Dictionary(uniqueKeysWithValues: zip(keys.names, values))
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
