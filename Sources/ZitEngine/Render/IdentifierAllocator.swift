/// Hands out fresh identifiers for repeated content within one document.
struct IdentifierAllocator {
    /// A fresh value handed out, with the template's value it replaces and, in a merge, the copy it belongs to.
    struct Issued {
        var group: String
        var fresh: String
        var original: String
        var copy: Int?
    }

    private var next: [String: Int]
    private var assigned: [Int: String] = [:]
    private(set) var issued: [Issued] = []
    /// The merged document being rendered, if any.
    var currentCopy: Int?

    init(registry: IdentifierRegistry) {
        next = registry.largest.mapValues { $0 + 1 }
    }

    /// A new repetition begins: its identifiers get new values.
    mutating func renew(_ keys: [Int]) {
        for key in keys { assigned[key] = nil }
    }

    /// A number of `group` no other identifier of the document has (a picture's drawing id).
    mutating func next(in group: String) -> Int {
        let number = next[group, default: 1]
        next[group] = number + 1
        return number
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
        issued.append(Issued(group: slot.group, fresh: value, original: slot.original, copy: currentCopy))
        return value
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
