/// How a data file is written.
public enum DataFormat: Sendable, Equatable {
    case json
    /// YAML, which also reads JSON.
    case yaml

    /// The format a file's name says: .json is JSON, any other name is read as YAML, which
    /// accepts JSON too.
    public init(fileName: String) {
        self = fileName.lowercased().hasSuffix(".json") ? .json : .yaml
    }
}
