/// A name a template needs from its data, with what it holds.
///
/// A section's name is a list when anything inside it is looked up in its items (a name of
/// theirs, `{{.}}`, `{{@number}}`); otherwise it only shows or hides what it holds (`flag`).
/// Dotted names nest: `{{event.place}}` needs an object `event` with a value `place`.
public struct DataField: Sendable, Equatable, Encodable {
    public enum Kind: String, Sendable, Equatable, Encodable, Comparable {
        /// Text or a number, inserted.
        case value
        /// Decides whether a section shows (true or false, text or nothing), and may be printed inside it.
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
    /// Sections whose inverted form holds names: conditions, since an empty list shows no item's names.
    private let conditions: Set<ValuePath>
    /// The first names looked up directly inside each chain of sections (the empty chain: at the top).
    private let rootsByScope: [[NameUse.Enclosing]: Set<String>]

    init(_ uses: [NameUse]) {
        printed = Set(uses.filter { !$0.opensSection }.map(\.path))
        conditions = Set(uses.flatMap { $0.enclosing.filter(\.inverted).map(\.path) })
        var roots: [[NameUse.Enclosing]: Set<String>] = [:]
        for use in uses {
            if case .names(let names) = use.path { roots[use.enclosing, default: []].insert(names[0]) }
        }
        rootsByScope = roots
        for use in uses {
            switch use.path {
            case .names(let names):
                // Printed only inside its own section (`{{#address}}… {{address}}{{/address}}`), a
                // name the data lacks hides that section instead of leaving a blank: a flag too.
                let guarded = use.enclosing.contains { !$0.inverted && $0.path == use.path }
                _ = node(for: names, kind: use.opensSection || guarded ? .flag : .value, enclosing: use.enclosing)
            case .current, .loop:
                // The current item or its number: the innermost named section is a list.
                if let index = use.enclosing.lastIndex(where: { !$0.inverted && $0.path.names != nil }),
                    let names = use.enclosing[index].path.names
                {
                    _ = node(for: names, kind: .list, enclosing: Array(use.enclosing[..<index]))
                }
            }
        }
    }

    var fields: [DataField] { root.fields() }

    /// The node of a dotted name looked up inside `enclosing`: in the items of the innermost
    /// section that is a list for it, else at the top.
    private func node(for names: [String], kind: DataField.Kind, enclosing: [NameUse.Enclosing]) -> Node {
        var base = root
        for index in enclosing.indices.reversed() {
            let section = enclosing[index]
            guard let sectionNames = section.path.names, !section.inverted, !conditions.contains(section.path),
                !printed.contains(section.path),
                // The section's own name, or a name beside it (`{{#event.isOnline}}{{event.place}}`).
                sectionNames[0] != names[0],
                // A name looked up outside the section too is taken to be that one.
                !(0...index).contains(where: { rootsByScope[Array(enclosing[..<$0])]?.contains(names[0]) == true })
            else { continue }
            base = node(for: sectionNames, kind: .list, enclosing: Array(enclosing[..<index]))
            break
        }
        for (position, name) in names.enumerated() {
            base = base.child(name, kind: position == names.count - 1 ? kind : .object)
        }
        return base
    }
}

extension ValuePath {
    /// The dotted names, for a path that is one.
    var names: [String]? {
        if case .names(let names) = self { return names }
        return nil
    }
}
