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
