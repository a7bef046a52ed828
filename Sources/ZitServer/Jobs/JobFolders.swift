import Foundation

/// The jobs' place on disk: `<data dir>/jobs/<id>/`, where a job writes into `praca/` and its
/// result becomes `wynik.zip` only by a rename once complete, so no partial ZIP is ever offered.
public struct JobFolders: Sendable {
    public let root: String

    public init(dataDirectory: String) {
        root = (dataDirectory as NSString).appendingPathComponent("jobs")
    }

    /// Jobs live in memory only, so after a restart nothing in the folder belongs to a job anyone
    /// can ask for: a stopped server's half-written work and old results are removed together.
    func clearLeftovers() {
        let manager = FileManager.default
        for name in (try? manager.contentsOfDirectory(atPath: root)) ?? [] {
            try? manager.removeItem(atPath: (root as NSString).appendingPathComponent(name))
        }
        try? manager.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    func folder(of id: JobID) -> String { (root as NSString).appendingPathComponent(id.rawValue) }

    func workFolder(of id: JobID) -> String { (folder(of: id) as NSString).appendingPathComponent("praca") }

    public func result(of id: JobID) -> String { (folder(of: id) as NSString).appendingPathComponent("wynik.zip") }

    func makeWorkFolder(for id: JobID) throws -> String {
        let work = workFolder(of: id)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        return work
    }

    /// The finished archive takes its final name in one step; the documents beside it go.
    func publish(_ archive: String, of id: JobID) throws {
        guard rename(archive, result(of: id)) == 0 else {
            throw JobFailure("Nie udało się zapisać wyniku zadania (\(String(cString: strerror(errno)))).")
        }
        try? FileManager.default.removeItem(atPath: workFolder(of: id))
    }

    func remove(_ id: JobID) {
        try? FileManager.default.removeItem(atPath: folder(of: id))
    }
}

/// A job's own failure, with a message for the office.
public struct JobFailure: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
