/// The two lists an office keeps in a spreadsheet, which `check` can take as an upload.
public enum ProjectList: String, Sendable, CaseIterable {
    case participants, attendance

    /// The file's name in the project folder, without its extension.
    public var baseName: String {
        switch self {
        case .participants: "uczestnicy"
        case .attendance: "obecnosci"
        }
    }

    public enum Format: String, Sendable, CaseIterable {
        case xlsx, ods, csv

        /// From a media type, as a client sends it in Content-Type.
        public init?(mediaType: String) {
            let type =
                mediaType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
            switch type {
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": self = .xlsx
            case "application/vnd.oasis.opendocument.spreadsheet": self = .ods
            case "text/csv": self = .csv
            default: return nil
            }
        }
    }

    public func fileName(_ format: Format) -> String { "\(baseName).\(format.rawValue)" }
}
