/// Hands out fresh identifiers for repeated content within one document.
struct IdentifierAllocator {
    private var next: [String: Int]
    private var assigned: [Int: String] = [:]
    /// Every fresh value handed out, by group, with the template's value it replaces.
    private(set) var issued: [String: [(fresh: String, original: String)]] = [:]

    init(registry: IdentifierRegistry) {
        next = registry.largest.mapValues { $0 + 1 }
    }

    /// A new repetition begins: its identifiers get new values.
    mutating func renew(_ keys: [Int]) {
        for key in keys { assigned[key] = nil }
    }

    mutating func value(for slot: IdentifierSlot) -> String {
        if let value = assigned[slot.key] { return value }
        let number = next[slot.group, default: 1]
        next[slot.group] = number + 1
        let value: String =
            switch slot.style {
            case .decimal: String(number)
            case .hexadecimal: String((number & 0x7FFF_FFFF), radix: 16, uppercase: true).leftPadded(to: 8)
            case .name: "\(slot.original)_\(number)"
            }
        assigned[slot.key] = value
        issued[slot.group, default: []].append((value, slot.original))
        return value
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
