/// A name a template needs from its data, with what it holds.
///
/// A section's name is a list when anything inside it is looked up in its items (a name of
/// theirs, `{{.}}`, `{{@number}}`); otherwise it only shows or hides what it holds (`flag`).
/// Dotted names nest: `{{event.place}}` needs an object `event` with a value `place`.
public struct DataField: Sendable, Equatable, Encodable {
    public enum Kind: String, Sendable, Equatable, Encodable, Comparable {
        /// Text or a number, inserted.
        case value
        /// Only decides whether a section shows: true or false, text or nothing.
        case flag
        /// Named fields (`fields`).
        case object
        /// Items: objects with `fields`, or values when `fields` is empty.
        case list

        /// What a name used two ways is taken to be: the richer one.
        private var rank: Int {
            switch self {
            case .flag: 0
            case .value: 1
            case .object: 2
            case .list: 3
            }
        }

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rank < rhs.rank }
    }

    public var name: String
    public var kind: Kind
    /// An object's fields, or the fields of a list's items; sorted by name.
    public var fields: [DataField]
}

/// Builds the tree of `DataField`s from the names a template looks up.
struct DataNeeds {
    private final class Node {
        var kind: DataField.Kind
        var children: [String: Node] = [:]
        init(_ kind: DataField.Kind) { self.kind = kind }

        func child(_ name: String, kind: DataField.Kind) -> Node {
            if let existing = children[name] {
                existing.kind = max(existing.kind, kind)
                return existing
            }
            let node = Node(kind)
            children[name] = node
            return node
        }

        func fields() -> [DataField] {
            children.sorted { $0.key < $1.key }.compactMap { name, node in
                // `{{#events.length}}` counts a list's items; the data does not hold it.
                if name == "length", kind == .list, node.children.isEmpty { return nil }
                return DataField(name: name, kind: node.kind, fields: node.fields())
            }
        }
    }

    private let root = Node(.object)
    /// Names printed as values: a section of such a name only shows or hides (`{{#title}}{{title}}{{/title}}`).
    private let printed: Set<ValuePath>

    init(_ uses: [NameUse]) {
        printed = Set(uses.filter { !$0.opensSection }.map(\.path))
        for use in uses {
            switch use.path {
            case .names(let names):
                let kind: DataField.Kind = use.opensSection ? .flag : .value
                _ = node(for: names, kind: kind, enclosing: use.enclosing)
            case .current, .loop:
                // The current item or its number: the innermost named section is a list.
                if let (names, outer) = innermostNamed(use.enclosing) {
                    _ = node(for: names, kind: .list, enclosing: outer)
                }
            }
        }
    }

    var fields: [DataField] { root.fields() }

    private func innermostNamed(_ enclosing: [ValuePath]) -> ([String], [ValuePath])? {
        for index in enclosing.indices.reversed() {
            if case .names(let names) = enclosing[index] { return (names, Array(enclosing[..<index])) }
        }
        return nil
    }

    /// The node of a dotted name looked up inside `enclosing`: in the items of the innermost
    /// section that is a list for it, else at the top.
    private func node(for names: [String], kind: DataField.Kind, enclosing: [ValuePath]) -> Node {
        var base = root
        for index in enclosing.indices.reversed() {
            guard case .names(let section) = enclosing[index] else { continue }
            // The section's own name, or a name beside it (`{{#event.isOnline}}{{event.place}}`),
            // and a section that only shows a printed value: the name is looked up outside it.
            if section[0] == names[0] || printed.contains(enclosing[index]) { continue }
            base = node(for: section, kind: .list, enclosing: Array(enclosing[..<index]))
            break
        }
        for (position, name) in names.enumerated() {
            base = base.child(name, kind: position == names.count - 1 ? kind : .object)
        }
        return base
    }
}
