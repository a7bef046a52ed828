import Foundation
import Yams
import ZitEngine
import ZitProject

/// YAML read by Yams, once its shape has been checked (`YAMLShape`).
enum YAMLData {
    static func value(from data: Data, file: String) throws(DataFileError) -> TemplateValue {
        guard let text = String(data: data, encoding: .utf8) else {
            throw DataFileError(file: file, message: "plik nie jest tekstem w kodowaniu UTF-8.")
        }
        if let problem = YAMLShape.problem(in: text) {
            throw DataFileError(file: file, line: problem.line, message: problem.description)
        }
        do {
            return try YAMLDecoder().decode(TemplateValue.self, from: text)
        } catch let error as YamlError {
            throw DataFileError(file: file, line: line(of: error), message: "nie da się odczytać pliku YAML: \(error)")
        } catch let DecodingError.dataCorrupted(context) {
            let detail = context.underlyingError.map { "\($0)" } ?? context.debugDescription
            let line = (context.underlyingError as? YamlError).flatMap(line(of:))
            throw DataFileError(file: file, line: line, message: "nie da się odczytać pliku YAML: \(detail)")
        } catch {
            throw DataFileError(file: file, message: "nie da się odczytać danych: \(error)")
        }
    }

    /// Where Yams stopped, for the errors that say it.
    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }
}
