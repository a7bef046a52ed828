/// Why a data file could not be read, with the file as it was named and, where known, the line.
public struct DataFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as named by whoever gave it: a path, `-` for standard input, an upload's name.
    public var file: String
    /// The line of the file, counted from 1, when the problem has one.
    public var line: Int?
    /// In Polish, for the person who keeps the file; without the file's name.
    public var message: String

    init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}
