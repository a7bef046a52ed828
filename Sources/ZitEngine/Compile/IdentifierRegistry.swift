/// Unique identifiers across all parts of one template: the largest value each group already
/// uses (fresh ones continue above it) and the keys of the identifiers inside sections.
struct IdentifierRegistry: Sendable {
    private(set) var largest: [String: Int] = [:]
    private(set) var keyCount = 0

    mutating func noteExisting(_ value: String, group: String, style: UniqueIdentifier.Style) {
        let number: Int? =
            switch style {
            case .decimal: Int(value)
            case .hexadecimal: Int(value, radix: 16)
            case .name: nil
            }
        if let number { largest[group] = max(largest[group] ?? 0, number) }
    }

    mutating func newKey() -> Int {
        keyCount += 1
        return keyCount - 1
    }
}
