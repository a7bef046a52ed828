import ZitRegister

/// manifest.csv at the root of a period's archive: every other file in it with its SHA-256,
/// what it is, its event and its certificate's number, one row per file in the order of their
/// paths. UTF-8 with a byte order mark and ";" between fields, as `RegisterTable.csv` writes it:
/// what Excel set up for Poland (where "," is the decimal comma) opens as columns without asking.
public struct ArchiveManifest: Sendable, Equatable {
    public static let fileName = "manifest.csv"
    public static let header = ["Plik", "SHA-256", "Rodzaj", "Wydarzenie", "Numer zaświadczenia"]

    /// What a file in the archive is, as the manifest's „Rodzaj” names it.
    public enum Kind: String, Sendable, CaseIterable {
        case attendance = "lista obecności"
        case certificate = "zaświadczenie"
        case progressReport = "informacja o postępie"
        case register = "rejestr zaświadczeń"
    }

    public struct Row: Sendable, Equatable {
        /// The file's path inside the archive ("zaswiadczenia/WZP-2/….pdf").
        public var path: String
        public var checksum: String
        public var kind: Kind
        public var event: String
        public var certificateNumber: String

        public var fields: [String] { [path, checksum, kind.rawValue, event, certificateNumber] }
    }

    public let rows: [Row]

    /// The files in the order of their paths (byte order, the same on every machine).
    public init(_ files: [(path: String, bytes: [UInt8], kind: Kind, event: String, number: String)]) {
        rows = files.map {
            Row(
                path: $0.path, checksum: Checksum.of(bytes: $0.bytes), kind: $0.kind, event: $0.event,
                certificateNumber: $0.number)
        }.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
    }

    public var bytes: [UInt8] { Array(RegisterTable.csv(header: Self.header, rows: rows.map(\.fields)).utf8) }

    /// What the journal keeps and the command prints: the SHA-256 of manifest.csv.
    public var checksum: String { Checksum.of(bytes: bytes) }
}
