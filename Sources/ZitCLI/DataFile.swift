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
        // A file is read in one go (FileHandle would read it 4 KB at a time); standard input as it comes.
        let read = path == "-" ? try? FileHandle.standardInput.readToEnd() ?? Data() : try? Data(contentsOf: URL(fileURLWithPath: path))
        guard let data = read else {
            throw Failure(description: "\(path): nie można odczytać pliku z danymi (czy ten plik istnieje?).")
        }
        guard path.lowercased().hasSuffix(".json") else { return try yamlValue(data, path: path) }
        do {
            return try JSONData.value(from: data)
        } catch {
            throw Failure(description: "\(path): \(error.description)")
        }
    }

    private static func yamlValue(_ data: Data, path: String) throws(Failure) -> TemplateValue {
        guard let text = String(data: data, encoding: .utf8) else {
            throw Failure(description: "\(path): plik nie jest tekstem w kodowaniu UTF-8.")
        }
        if let problem = YAMLShape.problem(in: text) { throw Failure(description: "\(path): \(problem.description)") }
        do {
            return try YAMLDecoder().decode(TemplateValue.self, from: text)
        } catch let error as YamlError {
            throw Failure(description: "\(path): nie da się odczytać pliku YAML: \(error)")
        } catch let DecodingError.dataCorrupted(context) {
            let detail = context.underlyingError.map { "\($0)" } ?? context.debugDescription
            throw Failure(description: "\(path): nie da się odczytać pliku YAML: \(detail)")
        } catch {
            throw Failure(description: "\(path): nie da się odczytać danych: \(error)")
        }
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
