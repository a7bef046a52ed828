import Foundation
import Testing

/// The engine's folders depend on each other one way: a folder's files use types declared in
/// the folders below it, never in one above. The graph is drawn from the code itself: which
/// top-level types each folder declares, and which of them each file names.
@Suite struct FolderDependencyTests {
    /// Lowest first; the module's root (`.`, the public face: `Template` and its kin) is on top.
    static let layers = ["Data", "Syntax", "Format", "Compile", "Render", "."]

    @Test func everyFolderIsPlacedInTheOrder() throws {
        let graph = try FolderGraph(module: Self.engineSources)
        let unplaced = graph.folders.subtracting(Self.layers)
        #expect(unplaced.isEmpty, "folders of ZitEngine not in FolderDependencyTests.layers: \(unplaced.sorted())")
    }

    @Test func foldersUseOnlyTheFoldersBelowThem() throws {
        let graph = try FolderGraph(module: Self.engineSources)
        #expect(!graph.edges.isEmpty, "the graph found no use of one folder's types in another")
        var upwards: [String] = []
        for (edge, uses) in graph.edges.sorted(by: { "\($0.key)" < "\($1.key)" }) {
            guard let from = Self.layers.firstIndex(of: edge.from), let to = Self.layers.firstIndex(of: edge.to) else {
                continue
            }
            if to >= from { upwards.append("\(edge.from) → \(edge.to): \(uses.sorted().joined(separator: ", "))") }
        }
        #expect(upwards.isEmpty, "uses against the order \(Self.layers):\n\(upwards.joined(separator: "\n"))")
    }

    @Test func theGraphHasNoCycle() throws {
        let graph = try FolderGraph(module: Self.engineSources)
        let cycle = graph.cycle()
        #expect(cycle == nil, "folders of ZitEngine in a cycle: \(cycle?.joined(separator: " → ") ?? "")")
    }

    @Test func aCycleIsFound() {
        var graph = FolderGraph(edges: [:])
        graph.edges[.init(from: "Render", to: "Compile")] = ["x"]
        #expect(graph.cycle() == nil)
        graph.edges[.init(from: "Compile", to: "Render")] = ["y"]
        #expect(graph.cycle() != nil)
    }

    static var engineSources: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Sources/ZitEngine")
    }
}

/// Which folder of a module uses types declared in which other folder.
struct FolderGraph {
    struct Edge: Hashable, CustomStringConvertible {
        var from: String
        var to: String
        var description: String { "\(from)→\(to)" }
    }

    /// Each edge with what makes it: "file uses Type".
    var edges: [Edge: Set<String>]
    var folders: Set<String> = []

    init(edges: [Edge: Set<String>]) {
        self.edges = edges
    }

    init(module root: URL) throws {
        var files: [(path: String, folder: String, code: String)] = []
        let walker = FileManager.default.enumerator(atPath: root.path)
        while let path = walker?.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            let source = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            let folder = (path as NSString).deletingLastPathComponent
            files.append((path, folder.isEmpty ? "." : folder, Self.code(of: source)))
        }
        var owners: [String: String] = [:]
        for file in files {
            for name in Self.declaredTypes(in: file.code) { owners[name] = file.folder }
        }
        edges = [:]
        folders = Set(files.map(\.folder))
        for file in files {
            for name in Self.typeNames(in: file.code) {
                guard let owner = owners[name], owner != file.folder else { continue }
                edges[Edge(from: file.folder, to: owner), default: []].insert("\(file.path) uses \(name)")
            }
        }
    }

    /// One cycle of folders, if there is any.
    func cycle() -> [String]? {
        let next = Dictionary(grouping: edges.keys, by: \.from).mapValues { $0.map(\.to).sorted() }
        var state: [String: Bool] = [:]  // false: on the current path; true: done
        var path: [String] = []
        func visit(_ folder: String) -> [String]? {
            if state[folder] == true { return nil }
            if state[folder] == false { return Array(path[path.firstIndex(of: folder)!...]) + [folder] }
            state[folder] = false
            path.append(folder)
            for target in next[folder] ?? [] {
                if let found = visit(target) { return found }
            }
            path.removeLast()
            state[folder] = true
            return nil
        }
        for folder in next.keys.sorted() {
            if let found = visit(folder) { return found }
        }
        return nil
    }

    /// The source without comments and string literals, whose words are not uses.
    static func code(of source: String) -> String {
        var result = ""
        var rest = Substring(source)
        while let first = rest.first {
            if rest.hasPrefix("//") {
                rest = rest.drop(while: { $0 != "\n" })
            } else if rest.hasPrefix("/*") {
                rest = rest.dropFirst(2)
                rest = rest.range(of: "*/").map { rest[$0.upperBound...] } ?? ""
            } else if rest.hasPrefix("\"\"\"") {
                rest = rest.dropFirst(3)
                rest = rest.range(of: "\"\"\"").map { rest[$0.upperBound...] } ?? ""
                result += "\"\""
            } else if first == "\"" {
                rest = rest.dropFirst()
                while let character = rest.first, character != "\"", character != "\n" {
                    rest = rest.dropFirst(character == "\\" ? 2 : 1)
                }
                rest = rest.dropFirst()
                result += "\"\""
            } else {
                result.append(first)
                rest = rest.dropFirst()
            }
        }
        return result
    }

    /// Types declared at the top of a file (not nested ones, whose names, such as `Kind`, repeat
    /// from type to type and are reached through their outer type's name anyway).
    static func declaredTypes(in code: String) -> Set<String> {
        let modifiers: Set<Substring> = ["public", "package", "internal", "fileprivate", "private", "final", "indirect"]
        let kinds: Set<Substring> = ["struct", "enum", "class", "protocol", "actor", "typealias"]
        var names: Set<String> = []
        for line in code.split(separator: "\n") where !(line.first?.isWhitespace ?? true) {
            let words = line.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "@") })
            var index = 0
            while index < words.count, modifiers.contains(words[index]) || words[index].hasPrefix("@") { index += 1 }
            guard index + 1 < words.count, kinds.contains(words[index]) else { continue }
            names.insert(String(words[index + 1]))
        }
        return names
    }

    /// Every capitalised word of the code: the names of the types it uses (and some others).
    static func typeNames(in code: String) -> Set<String> {
        Set(
            code.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") })
                .filter { $0.first?.isUppercase == true }.map(String.init))
    }
}
