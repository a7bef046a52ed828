import Foundation
import Yams
import ZitEngine
import ZitProject

/// Reads the data a template is filled with from a .json or .yaml file.
enum DataFile {
    struct Failure: Error, Equatable, CustomStringConvertible {
        var description: String
    }

    /// `-` reads standard input; a name without .json is read as YAML, which also accepts JSON.
    static func load(_ path: String) throws(Failure) -> TemplateValue {
        let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path)
        guard let handle, let data = try? handle.readToEnd() ?? Data() else {
            throw Failure(description: "\(path): nie można odczytać pliku z danymi (czy ten plik istnieje?).")
        }
        let lowercased = path.lowercased()
        do {
            if !lowercased.hasSuffix(".json") {
                guard let text = String(data: data, encoding: .utf8) else {
                    throw Failure(description: "\(path): plik nie jest tekstem w kodowaniu UTF-8.")
                }
                if let problem = YAMLShape.problem(in: text) { throw Failure(description: "\(path): \(problem.description)") }
                return try YAMLDecoder().decode(TemplateValue.self, from: text)
            }
            if let line = JSONData.lineNestedTooDeep(data) {
                throw Failure(description: "\(path): linia \(line): dane są zagnieżdżone głębiej niż na \(YAMLShape.maximumNesting) poziomów; takiego pliku nie da się bezpiecznie odczytać.")
            }
            return try JSONData.value(from: data)
        } catch let failure as Failure {
            throw failure
        } catch let error as YamlError {
            throw Failure(description: "\(path): nie da się odczytać pliku YAML: \(error)")
        } catch let DecodingError.dataCorrupted(context) {
            let kind = lowercased.hasSuffix(".json") ? "JSON" : "YAML"
            let detail: String
            if let yaml = context.underlyingError as? YamlError {
                detail = "\(yaml)"
            } else if kind == "JSON", let text = String(data: data, encoding: .utf8),
                      case .failure(let yaml as YamlError) = Result(catching: { try YAMLDecoder().decode(TemplateValue.self, from: text) }) {
                // Foundation does not say where JSON breaks; libyaml, reading the same text, does.
                detail = "\(yaml)"
            } else if let underlying = context.underlyingError {
                let info = (underlying as NSError).userInfo
                detail = (info[NSDebugDescriptionErrorKey] as? String) ?? "\(underlying)"
            } else {
                detail = context.debugDescription
            }
            throw Failure(description: "\(path): nie da się odczytać pliku \(kind): \(detail)")
        } catch let error as NSError where lowercased.hasSuffix(".json") {
            throw Failure(description: "\(path): nie da się odczytać pliku JSON: \(jsonProblem(error, data: data))")
        } catch {
            throw Failure(description: "\(path): nie da się odczytać danych: \(error)")
        }
    }

    /// Foundation does not say where JSON breaks; libyaml, reading the same text, does.
    private static func jsonProblem(_ error: NSError, data: Data) -> String {
        if let text = String(data: data, encoding: .utf8),
           case .failure(let yaml as YamlError) = Result(catching: { try YAMLDecoder().decode(TemplateValue.self, from: text) }) {
            return "\(yaml)"
        }
        let detail = (error.userInfo[NSDebugDescriptionErrorKey] as? String) ?? error.localizedDescription
        // "around character 17" is a byte offset; people look for a line.
        guard let match = detail.firstMatch(of: /character (\d+)/), let offset = Int(match.1), offset <= data.count else {
            return detail
        }
        let before = data.prefix(offset)
        let line = before.filter { $0 == UInt8(ascii: "\n") }.count + 1
        let column = offset - (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
        return "linia \(line), kolumna \(column): \(detail)"
    }

    /// Follows a dotted path (`participants`, `event.participants`) to a list.
    static func list(at path: String, in data: TemplateValue, file: String) throws(Failure) -> [TemplateValue] {
        var value = data
        for name in path.split(separator: ".") {
            guard let next = value[String(name)] else {
                throw Failure(description: "\(file): w danych nie ma „\(path)”.")
            }
            value = next
        }
        guard case .list(let items) = value else {
            throw Failure(description: "\(file): „\(path)” nie jest listą.")
        }
        return items
    }
}
