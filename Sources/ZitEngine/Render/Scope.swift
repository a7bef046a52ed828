/// The values visible at a point of rendering: the data, then each enclosing section's item.
struct ScopeStack {
    struct Scope {
        var value: TemplateValue
        var position: (index: Int, count: Int)?
    }

    private var scopes: [Scope]

    init(root: TemplateValue) { scopes = [Scope(value: root)] }

    mutating func push(_ value: TemplateValue, position: (index: Int, count: Int)? = nil) {
        scopes.append(Scope(value: value, position: position))
    }

    mutating func pop() { scopes.removeLast() }

    /// Mustache lookup: the first name is searched from the innermost scope outwards, the
    /// rest is followed from there. `nil` when the data has no such value.
    func lookup(_ path: ValuePath) -> TemplateValue? {
        switch path {
        case .current:
            return scopes.last?.value
        case .loop(let variable):
            guard let position = scopes.last(where: { $0.position != nil })?.position else { return nil }
            switch variable {
            case .index: return .number(Decimal(position.index))
            case .number: return .number(Decimal(position.index + 1))
            case .first: return .bool(position.index == 0)
            case .last: return .bool(position.index == position.count - 1)
            }
        case .names(let names):
            for scope in scopes.reversed() {
                guard let first = Self.member(names[0], of: scope.value) else { continue }
                var value = first
                for name in names.dropFirst() {
                    guard let next = Self.member(name, of: value) else { return nil }
                    value = next
                }
                return value
            }
            return nil
        }
    }

    private static func member(_ name: String, of value: TemplateValue) -> TemplateValue? {
        switch value {
        case .object(let fields):
            return fields[name]
        case .list(let items):
            if name == "length" { return .number(Decimal(items.count)) }
            guard let index = Int(name), items.indices.contains(index) else { return nil }
            return items[index]
        default:
            return nil
        }
    }
}

import Foundation
