/// The names a template needs against a set of data.
public struct DataComparison: Sendable, Equatable, Encodable {
    /// Names the template inserts or repeats that the data lacks, dotted (`participants.lastName`:
    /// in at least one item). A `flag` missing only hides its section and is not counted.
    public var missing: [String]
    /// Keys of the data the template never looks up, dotted; a key whose whole object is
    /// unused is named once, not each of its fields.
    public var unused: [String]
}

extension TemplateOutline {
    /// Looks each needed name up as filling would: the first name in the current item, then
    /// outwards; the rest of a dotted name inside what the first one found.
    public func compare(with data: TemplateValue) -> DataComparison {
        var lookup = Lookup()
        lookup.check(self.data, scopes: [(data, [])], strict: false, needed: [])
        var keys = Set<[String]>()
        Lookup.keys(of: data, path: [], into: &keys)
        let usedPrefixes = Set(lookup.used.flatMap { path in (1...max(1, path.count)).map { Array(path.prefix($0)) } })
        let unused = keys.filter { key in
            !usedPrefixes.contains(key) && (key.count == 1 || usedPrefixes.contains(Array(key.dropLast())))
        }
        return DataComparison(
            missing: lookup.missing.sorted(), unused: unused.map { $0.joined(separator: ".") }.sorted())
    }
}

private struct Lookup {
    var missing = Set<String>()
    /// Data paths found, items of lists not told apart.
    var used = Set<[String]>()

    mutating func check(
        _ fields: [DataField], scopes: [(value: TemplateValue, path: [String])], strict: Bool, needed: [String]
    ) {
        for field in fields {
            let searched = strict ? Array(scopes.suffix(1)) : scopes.reversed()
            guard
                let (value, path) = searched.lazy.compactMap({ scope in
                    scope.value[field.name].map { ($0, scope.path + [field.name]) }
                }).first
            else {
                if field.kind != .flag { missing.insert((needed + [field.name]).joined(separator: ".")) }
                continue
            }
            used.insert(path)
            switch field.kind {
            case .object:
                check(field.fields, scopes: [(value, path)], strict: true, needed: needed + [field.name])
            case .list:
                guard !field.fields.isEmpty else { continue }
                let items: [TemplateValue] =
                    if case .list(let items) = value { items } else { value.isTruthy ? [value] : [] }
                for item in items {
                    check(field.fields, scopes: scopes + [(item, path)], strict: false, needed: needed + [field.name])
                }
            case .value, .flag:
                continue
            }
        }
    }

    static func keys(of value: TemplateValue, path: [String], into keys: inout Set<[String]>) {
        switch value {
        case .object(let fields):
            for (name, field) in fields {
                keys.insert(path + [name])
                Self.keys(of: field, path: path + [name], into: &keys)
            }
        case .record(let record):
            for (name, field) in zip(record.keys.names, record.values) {
                keys.insert(path + [name])
                Self.keys(of: field, path: path + [name], into: &keys)
            }
        case .list(let items):
            for item in items { Self.keys(of: item, path: path, into: &keys) }
        case .null, .bool, .number, .string:
            break
        }
    }
}
