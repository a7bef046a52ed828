import Foundation
import ZitEngine

/// Reads the data a template is filled with from a .json or .yaml file.
public enum DataFile {
    /// A file is read in one go (FileHandle would read it 4 KB at a time); its format from its name.
    public static func load(from url: URL) throws(DataFileError) -> TemplateValue {
        let file = url.isFileURL ? url.relativePath : url.absoluteString
        guard let data = try? Data(contentsOf: url) else { throw unreadable(file) }
        return try value(from: data, format: DataFormat(fileName: url.lastPathComponent), file: file)
    }

    /// Bytes that did not come from a file of their own (standard input, an upload), named
    /// `file` in the messages.
    public static func value(from data: Data, format: DataFormat, file: String) throws(DataFileError) -> TemplateValue {
        switch format {
        case .yaml:
            return try YAMLData.value(from: data, file: file)
        case .json:
            do {
                return try JSONData.value(from: data)
            } catch {
                throw DataFileError(file: file, line: error.line, message: error.description)
            }
        }
    }

    /// What is said when the file is not there or cannot be read.
    public static func unreadable(_ file: String) -> DataFileError {
        DataFileError(file: file, message: "nie można odczytać pliku z danymi (czy ten plik istnieje?).")
    }

    /// Follows a dotted path (`participants`, `event.participants`) to a list.
    public static func list(at path: String, in data: TemplateValue, file: String) throws(DataFileError)
        -> [TemplateValue]
    {
        var value = data
        for name in path.split(separator: ".") {
            guard let next = value[String(name)] else {
                throw DataFileError(file: file, message: "w danych nie ma „\(path)”.")
            }
            value = next
        }
        guard case .list(let items) = value else {
            throw DataFileError(file: file, message: "„\(path)” nie jest listą.")
        }
        return items
    }
}
