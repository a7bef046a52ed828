import Foundation

/// The values visible at a point of rendering: the data, then each enclosing section's item.
struct ScopeStack {
    struct Scope {
        var value: TemplateValue
        var position: (index: Int, count: Int)?
    }

    private var scopes: [Scope]
    /// The innermost scope's value when it is a record (a list's row), borrowed from `scopes`,
    /// which holds it: a value of the row is found without reaching through the scope's enum.
    private var innermostRecord: BorrowedRecord?
    /// `innermostRecord` of each scope below, to go back to.
    private var outerRecords: [BorrowedRecord?] = []

    init(root: TemplateValue) {
        scopes = [Scope(value: root)]
        innermostRecord = BorrowedRecord(root)
    }

    mutating func push(_ value: TemplateValue, position: (index: Int, count: Int)? = nil) {
        scopes.append(Scope(value: value, position: position))
        outerRecords.append(innermostRecord)
        innermostRecord = BorrowedRecord(value)
    }

    mutating func pop() {
        innermostRecord = outerRecords.removeLast()
        scopes.removeLast()
    }

    /// Mustache lookup: the first name is searched from the innermost scope outwards, the
    /// rest is followed from there. `nil` when the data has no such value. `position`, when
    /// given, remembers where the first name was (or was not) in the innermost scope's record,
    /// for the next record of the same keys.
    func lookup(_ path: ValuePath, position: FieldPosition? = nil) -> TemplateValue? {
        switch path {
        case .current:
            return scopes.last?.value
        case .loop(let variable):
            guard let position = innermostPosition else { return nil }
            switch variable {
            case .index: return .number(Decimal(position.index))
            case .number: return .number(Decimal(position.index + 1))
            case .first: return .bool(position.index == 0)
            case .last: return .bool(position.index == position.count - 1)
            }
        case .names(let names):
            // By index rather than over `reversed()`, which copied every scope's value on the way.
            var level = scopes.count
            while level > 0 {
                level -= 1
                // Only the innermost scope's position is remembered: a name found further out
                // would overwrite it for every row, on a word the renderers of a batch share.
                let remembering = level == scopes.count - 1 ? position : nil
                guard var value = Self.member(names[0], of: scopes[level].value, position: remembering) else {
                    continue
                }
                for name in names.dropFirst() {
                    guard let next = Self.member(name, of: value) else { return nil }
                    value = next
                }
                return value
            }
            return nil
        }
    }

    /// The value named `name` in the innermost scope when that is a record whose kind of keys
    /// `position` has seen: nearly every value of a long list. `nil` means "look further" (see
    /// `lookup`), not that the value is missing.
    func innermostField(_ name: String, position: FieldPosition) -> TemplateValue? {
        innermostRecord?.value(named: name, position: position)
    }

    /// `@index` or `@number` as an Int, for the renderer to write a list's numbers ("Lp.") in
    /// every row without making a Decimal of each; `nil` for the other variables.
    func counter(_ variable: ValuePath.LoopVariable) -> Int? {
        guard let position = innermostPosition else { return nil }
        switch variable {
        case .index: return position.index
        case .number: return position.index + 1
        case .first, .last: return nil
        }
    }

    private var innermostPosition: (index: Int, count: Int)? {
        scopes.last(where: { $0.position != nil })?.position
    }

    private static func member(_ name: String, of value: TemplateValue, position: FieldPosition? = nil)
        -> TemplateValue?
    {
        switch value {
        case .object(let fields):
            return fields[name]
        case .record(let record):
            guard let position else { return record[name] }
            return position.position(of: name, in: record.keys).map { record.values[$0] }
        case .list(let items):
            if name == "length" { return .number(Decimal(items.count)) }
            guard let index = Int(name), items.indices.contains(index) else { return nil }
            return items[index]
        default:
            return nil
        }
    }
}
