/// Something wrong in the project's files, with where it is and what to do about it.
public struct DataProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error, warning
    }
    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public var description: String {
        "\(location): \(severity == .warning ? "ostrzeżenie: " : "")\(message)"
    }

    /// The file's name within the project folder.
    public var file: String { location.file }
    /// The sheet of a workbook; nil for a CSV list and a YAML file.
    public var sheet: String? { location.sheet }
    /// The row of a list, counted from 1 as the spreadsheet shows it (a CSV file's line); nil for a YAML file.
    public var row: Int? { location.isList ? location.line : nil }
    /// The column letters of a list's cell ("E"); nil for a YAML file.
    public var column: String? { location.isList ? location.column : nil }
    /// The line of a YAML file, counted from 1; nil for a list.
    public var line: Int? { location.isList ? nil : location.line }
    /// The key of a YAML file ("data"); nil for a list.
    public var field: String? { location.isList ? nil : location.column }
}

/// Collects problems while reading, so that every one of them is reported at once.
struct ProblemLog {
    private(set) var problems: [DataProblem] = []

    mutating func error(_ message: String, at location: SourceLocation) {
        problems.append(DataProblem(severity: .error, location: location, message: message))
    }

    mutating func warning(_ message: String, at location: SourceLocation) {
        problems.append(DataProblem(severity: .warning, location: location, message: message))
    }

    mutating func append(contentsOf other: [DataProblem]) { problems += other }
}
