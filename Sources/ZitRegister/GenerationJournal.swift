import Crypto
import Foundation
import GRDB

/// One generation run as the journal keeps it: when, what, from which data and template
/// (by checksum, so an auditor can tell whether a document could be made again the same way),
/// by whom, and which files it wrote.
public struct GenerationRun: Sendable, Equatable {
    public var startedAt: String
    public var finishedAt: String
    public var command: String
    public var user: String
    public var dataChecksum: String
    public var templateChecksum: String
    public var files: [String]
    /// For a period's archive: the SHA-256 of its manifest.csv, which lists every file in the
    /// archive with its own checksum, so this one value vouches for the whole archive.
    public var manifestChecksum: String?

    public init(
        startedAt: String, finishedAt: String, command: String, user: String, dataChecksum: String,
        templateChecksum: String, files: [String], manifestChecksum: String? = nil
    ) {
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.command = command
        self.user = user
        self.dataChecksum = dataChecksum
        self.templateChecksum = templateChecksum
        self.files = files
        self.manifestChecksum = manifestChecksum
    }
}

/// SHA-256 of files, as lowercase hex; several files give the checksum of their checksums in order.
public enum Checksum {
    public static func of(files paths: [String]) -> String {
        var combined = SHA256()
        for path in paths {
            let digest = FileManager.default.contents(atPath: path).map { SHA256.hash(data: $0) }
            combined.update(data: Data((digest.map(hex) ?? "missing:\(path)").utf8))
        }
        return hex(combined.finalize())
    }

    /// SHA-256 of one file's bytes, as `sha256sum` prints it; nil when the file cannot be read.
    public static func of(file path: String) -> String? {
        FileManager.default.contents(atPath: path).map { hex(SHA256.hash(data: $0)) }
    }

    /// SHA-256 of bytes, as `of(file:)` gives it for a file holding them.
    public static func of(bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(SHA256.byteCount * 2)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}

extension CertificateRegister {
    static func addJournal(to migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2 generation journal") { db in
            try db.create(table: "generationRun") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("startedAt", .text).notNull()
                table.column("finishedAt", .text).notNull()
                table.column("command", .text).notNull()
                table.column("user", .text).notNull()
                table.column("dataChecksum", .text).notNull()
                table.column("templateChecksum", .text).notNull()
                table.column("files", .text).notNull()
            }
        }
    }

    static func addManifestChecksum(to migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6 journal manifest checksum") { db in
            try db.alter(table: "generationRun") { table in
                table.add(column: "manifestChecksum", .text)
            }
        }
    }

    public func record(_ run: GenerationRun) throws(Failure) {
        do {
            try database.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO generationRun (startedAt, finishedAt, command, user, dataChecksum, templateChecksum, files,
                            manifestChecksum)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        run.startedAt, run.finishedAt, run.command, run.user, run.dataChecksum, run.templateChecksum,
                        run.files.joined(separator: "\n"), run.manifestChecksum
                    ])
            }
        } catch {
            throw Failure(.journalNotSaved(detail: "\(error)"), file: path)
        }
    }

    public func runs() throws(Failure) -> [GenerationRun] {
        do {
            return try database.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM generationRun ORDER BY id").map { row in
                    GenerationRun(
                        startedAt: row["startedAt"], finishedAt: row["finishedAt"], command: row["command"],
                        user: row["user"],
                        dataChecksum: row["dataChecksum"], templateChecksum: row["templateChecksum"],
                        files: (row["files"] as String).split(separator: "\n").map(String.init),
                        manifestChecksum: row["manifestChecksum"])
                }
            }
        } catch {
            throw Failure(.journalNotRead(detail: "\(error)"), file: path)
        }
    }
}
