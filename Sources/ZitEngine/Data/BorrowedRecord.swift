/// A record's keys and values referred to without retaining them, for a reader that looks up
/// every value of a list's row while something else holds the row: a value then costs no
/// retain and release of the record.
///
/// Valid only while the record it was made from is held elsewhere (the scope stack holds the
/// row for as long as it is the innermost scope, and drops its borrowed view first).
struct BorrowedRecord {
    private let keys: Unmanaged<Record.Keys>
    private let values: UnsafeBufferPointer<TemplateValue>

    init?(_ value: TemplateValue) {
        guard case .record(let record) = value else { return nil }
        keys = .passUnretained(record.keys)
        values = record.values.elements
    }

    /// The value named `name`, found through `position`; nil when the keys have no such name.
    func value(named name: String, position: FieldPosition) -> TemplateValue? {
        guard let index = keys._withUnsafeGuaranteedRef({ position.position(of: name, in: $0) }) else { return nil }
        return values[index]
    }
}
