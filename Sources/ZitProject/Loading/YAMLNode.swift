import Foundation
import Yams
import ZitPolish

/// A node of a YAML file with the way to it, so that every value read can say where it was.
struct YAMLNode {
    let node: Node
    let file: String
    /// The keys leading here, for messages: "wydarzenia › WZP-3 › dni".
    let path: [String]

    /// The node's line, and its key when it has one (list elements have none).
    var location: SourceLocation {
        SourceLocation(file: file, line: node.mark?.line, column: path.last.flatMap { $0.hasPrefix("#") ? nil : $0 })
    }

    func location(of key: String) -> SourceLocation {
        SourceLocation(file: file, line: (node[key]?.mark ?? node.mark)?.line, column: key)
    }

    static func load(_ path: String, name: String, log: inout ProblemLog) -> YAMLNode? {
        guard let data = FileManager.default.contents(atPath: path) else {
            log.error("brak pliku albo nie da się go odczytać.", at: SourceLocation(file: name))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            log.error(
                "plik nie jest tekstem w kodowaniu UTF-8; zapisz go w edytorze jako UTF-8.",
                at: SourceLocation(file: name))
            return nil
        }
        if let problem = YAMLShape.problem(in: text) {
            log.error(problem.description, at: SourceLocation(file: name))
            return nil
        }
        do {
            guard let node = try Yams.compose(yaml: text) else {
                log.error("plik jest pusty.", at: SourceLocation(file: name))
                return nil
            }
            return YAMLNode(node: node, file: name, path: [])
        } catch let error as YamlError {
            log.error("nie da się odczytać pliku YAML: \(error)", at: SourceLocation(file: name))
        } catch {
            log.error("nie da się odczytać pliku YAML: \(error)", at: SourceLocation(file: name))
        }
        return nil
    }

    subscript(key: String) -> YAMLNode? {
        guard let child = node[key], child.null == nil else { return nil }
        return YAMLNode(node: child, file: file, path: path + [key])
    }

    /// The elements of a list under `key` (an empty list when the key is missing and optional).
    func list(_ key: String, required: Bool = true, log: inout ProblemLog) -> [YAMLNode] {
        guard let value = self[key] else {
            if required { log.error("brak listy „\(key)”.", at: location(of: key)) }
            return []
        }
        guard case .sequence(let sequence) = value.node else {
            log.error("„\(key)” musi być listą (linie zaczynające się od „- ”).", at: value.location)
            return []
        }
        return sequence.enumerated().map { index, element in
            YAMLNode(node: element, file: file, path: value.path + ["#\(index + 1)"])
        }
    }

    func text(_ key: String, required: Bool = true, log: inout ProblemLog) -> String? {
        guard let value = self[key] else {
            if required { log.error("brak pola „\(key)”.", at: location(of: key)) }
            return nil
        }
        guard case .scalar(let scalar) = value.node else {
            log.error("„\(key)” musi być pojedynczą wartością, a nie listą ani grupą.", at: value.location)
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty, required { log.error("pole „\(key)” jest puste.", at: value.location) }
        return text.isEmpty && required ? nil : text
    }

    func texts(_ key: String, log: inout ProblemLog) -> [String] {
        list(key, required: false, log: &log).compactMap { element in
            guard case .scalar(let scalar) = element.node else {
                log.error("każdy element listy „\(key)” musi być pojedynczym tekstem.", at: element.location)
                return nil
            }
            return scalar.string
        }
    }

    func date(_ key: String, required: Bool = true, log: inout ProblemLog) -> CalendarDate? {
        guard let text = text(key, required: required, log: &log) else { return nil }
        guard let date = CalendarDate(iso: text) else {
            log.error(
                "„\(text)” nie jest poprawną datą; zapisz ją jako RRRR-MM-DD, np. 2026-03-05.", at: location(of: key))
            return nil
        }
        return date
    }

    func decimal(_ key: String, required: Bool = true, log: inout ProblemLog) -> Decimal? {
        guard let text = text(key, required: required, log: &log) else { return nil }
        let cleaned = text.replacingOccurrences(of: ",", with: ".").filter { !$0.isWhitespace }
        guard cleaned.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }),
            let value = Decimal(string: cleaned, locale: Locale(identifier: "en_US_POSIX"))
        else {
            log.error("„\(text)” nie jest liczbą.", at: location(of: key))
            return nil
        }
        return value
    }

    func integer(_ key: String, required: Bool = true, log: inout ProblemLog) -> Int? {
        guard let text = text(key, required: required, log: &log) else { return nil }
        guard let value = Int(text) else {
            log.error("„\(text)” nie jest liczbą całkowitą.", at: location(of: key))
            return nil
        }
        return value
    }

    func flag(_ key: String, log: inout ProblemLog) -> Bool? {
        guard let text = text(key, required: true, log: &log) else { return nil }
        switch text.lowercased() {
        case "true", "tak", "yes": return true
        case "false", "nie", "no": return false
        default:
            log.error("„\(key)” musi mieć wartość tak albo nie (jest „\(text)”).", at: location(of: key))
            return nil
        }
    }

    /// One of a fixed set of words; the message lists them.
    func choice<Value: RawRepresentable & CaseIterable>(_ key: String, as type: Value.Type, log: inout ProblemLog)
        -> Value?
    where Value.RawValue == String {
        guard let text = text(key, log: &log) else { return nil }
        if let value = Value(rawValue: text)
            ?? Value.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() })
        {
            return value
        }
        let allowed = Value.allCases.map { "„\($0.rawValue)”" }.joined(separator: ", ")
        log.error(
            "„\(text)” nie jest dozwoloną wartością pola „\(key)”; wpisz jedną z wartości: \(allowed).",
            at: location(of: key))
        return nil
    }
}
