import Foundation
import GRDB

/// The register of issued certificates (rejestr wydanych zaświadczeń), kept in an SQLite file
/// in the project folder. A number, once given to a person for an event, is never given to
/// anyone else and never changes; a cancelled number stays in the register and is not reused.
public final class CertificateRegister: Sendable {
    public static let fileName = "rejestr-zaswiadczen.sqlite"
    let database: DatabaseQueue
    public let path: String

    /// Why the register could not be read or changed; its `description` (in
    /// CertificateRegister+Messages.swift) is the sentence the office reads.
    public struct Failure: Error, CustomStringConvertible, Equatable {
        public enum Reason: Equatable, Sendable {
            /// The file's migrations include ones this program does not know.
            case writtenByNewerProgram
            case newerLayout(version: Int, known: Int)
            /// Not an SQLite database, or a damaged one.
            case damaged
            case cannotOpen(detail: String)
            /// Names that changed since their certificates were issued, while `reissue` was not given.
            case renamedAfterIssue([Rename])
            /// A change was not saved; `nothingIssued` when it was the numbering of a run.
            case notSaved(detail: String, nothingIssued: Bool)
            case noSuchNumber(String)
            case cannotRead(detail: String)
            case journalNotSaved(detail: String)
            case journalNotRead(detail: String)
            /// The accounts kept beside the register (`AccountStore`).
            case accountExists(login: String)
            case accountsNotHandled(what: String, detail: String)
        }

        /// A certificate issued under one name, now requested under another.
        public struct Rename: Equatable, Sendable {
            public var number: String
            public var issuedTo: String
            public var now: String
        }

        /// The register's file, for the problems that are in it.
        public var file: String?
        public var reason: Reason

        init(_ reason: Reason, file: String? = nil) {
            self.reason = reason
            self.file = file
        }
    }

    /// What a document needs a number for.
    public struct Request: Sendable, Hashable {
        public var participant: String
        public var subject: String
        public var series: String
        public var year: Int
        public var name: String

        public init(participant: String, subject: String, series: String, year: Int, name: String) {
            self.participant = participant
            self.subject = subject
            self.series = series
            self.year = year
            self.name = name
        }
    }

    public struct Entry: Sendable, Equatable {
        /// `reserved`: numbered, but its document is not written yet (a run stopped halfway);
        /// the next run for the same person and subject takes the same number.
        public enum Status: String, Sendable { case reserved, issued, cancelled }
        public var number: String
        public var participant: String
        public var subject: String
        public var name: String
        public var issuedOn: String
        public var status: Status
        public var cancellationReason: String?
        /// Who last wrote the certificate's document (the user name, as the journal keeps it) and when;
        /// nil for a reserved number and for entries made before the register kept them.
        public var generatedBy: String?
        public var generatedAt: String?
        /// SHA-256 (lowercase hex) of the document file as written: the .docx or .odt, the .pdf with
        /// --format pdf, or the one merged file with --merge. `sha256sum FILE` gives the same value.
        public var checksum: String?
        /// The day the certificate was cancelled; nil for one cancelled before the register kept it.
        public var cancelledOn: String? = nil
    }

    /// The register's layout version, kept in the file's `user_version`; a file with a higher one
    /// was written by a newer zitdocs.
    static let schemaVersion = 3

    /// Opens the register in `folder`, creating it on first use. A damaged file or one written by
    /// a newer version of the program is reported, never replaced.
    public init(folder: String) throws(Failure) {
        path = (folder as NSString).appendingPathComponent(Self.fileName)
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(30)
            database = try DatabaseQueue(path: path, configuration: configuration)
            let migrator = Self.migrator
            let database = database
            let path = path
            try Self.retryingCreation {
                if try database.read({ try migrator.hasBeenSuperseded($0) }) {
                    throw Failure(.writtenByNewerProgram, file: path)
                }
                let version = try database.read { try Int.fetchOne($0, sql: "PRAGMA user_version") ?? 0 }
                if version > Self.schemaVersion {
                    throw Failure(.newerLayout(version: version, known: Self.schemaVersion), file: path)
                }
                try migrator.migrate(database)
            }
        } catch let failure as Failure {
            throw failure
        } catch let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode) {
            throw Failure(.damaged, file: path)
        } catch {
            throw Failure(.cannotOpen(detail: "\(error)"), file: path)
        }
    }

    /// Two runs that create the register at the same moment both see it empty; the one that
    /// loses finds the tables made when it tries again, and only checks the migrations off.
    /// Its first look may also fall between the other's creating the migrations' table and
    /// filling it ("no such table"), which a second look does not.
    private static func retryingCreation(_ body: () throws -> Void) throws {
        var attempt = 0
        while true {
            do {
                try body()
                return
            } catch let error as DatabaseError where attempt < 5 && error.resultCode == .SQLITE_ERROR {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
            }
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 certificates") { db in
            try db.create(table: "certificate") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("number", .text).notNull().unique()
                table.column("series", .text).notNull()
                table.column("year", .integer).notNull()
                table.column("sequence", .integer).notNull()
                table.column("participant", .text).notNull()
                table.column("subject", .text).notNull()
                table.column("name", .text).notNull()
                table.column("issuedOn", .text).notNull()
                table.column("status", .text).notNull().defaults(to: "issued")
                table.column("cancellationReason", .text)
                table.uniqueKey(["series", "year", "sequence"])
            }
            try db.create(index: "certificate_subject", on: "certificate", columns: ["participant", "subject"])
        }
        addJournal(to: &migrator)
        migrator.registerMigration("v3 certificate author and checksum") { db in
            try db.alter(table: "certificate") { table in
                table.add(column: "generatedBy", .text)
                table.add(column: "generatedAt", .text)
                table.add(column: "checksum", .text)
            }
            try db.execute(sql: "PRAGMA user_version = \(schemaVersion)")
        }
        AccountStore.addAccounts(to: &migrator)
        migrator.registerMigration("v5 cancellation date") { db in
            try db.alter(table: "certificate") { table in
                table.add(column: "cancelledOn", .text)
            }
        }
        addManifestChecksum(to: &migrator)
        return migrator
    }

    /// Numbers for every request, in one transaction: one already given to the same person for
    /// the same subject is returned again; a new one continues the year's series and stays
    /// `reserved` until `confirm` says its document was written. A person whose name
    /// changed since the number was issued is reported unless `reissue` is set.
    public func numbers(
        for requests: [Request], scheme: String, today: String, reissue: Bool = false
    ) throws(Failure) -> [Request: String] {
        do {
            if let known = try database.read({ db in try Self.issuedUnchanged(requests, in: db) }) {
                return known
            }
            return try database.write { db in
                var result: [Request: String] = [:]
                var renamed: [Failure.Rename] = []
                for request in requests {
                    if let row = try Row.fetchOne(
                        db,
                        sql:
                            "SELECT number, name FROM certificate WHERE participant = ? AND subject = ? AND status IN ('issued', 'reserved')",
                        arguments: [request.participant, request.subject])
                    {
                        let number: String = row["number"]
                        let name: String = row["name"]
                        if name != request.name {
                            if reissue {
                                try db.execute(
                                    sql: "UPDATE certificate SET name = ? WHERE number = ?",
                                    arguments: [request.name, number])
                            } else {
                                renamed.append(Failure.Rename(number: number, issuedTo: name, now: request.name))
                            }
                        }
                        result[request] = number
                        continue
                    }
                    let last =
                        try Int.fetchOne(
                            db, sql: "SELECT MAX(sequence) FROM certificate WHERE series = ? AND year = ?",
                            arguments: [request.series, request.year]) ?? 0
                    let number = scheme.replacingOccurrences(of: "{nr}", with: String(last + 1))
                        .replacingOccurrences(of: "{rok}", with: String(request.year))
                        .replacingOccurrences(of: "{seria}", with: request.series)
                    try db.execute(
                        sql: """
                            INSERT INTO certificate (number, series, year, sequence, participant, subject, name, issuedOn, status)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'reserved')
                            """,
                        arguments: [
                            number, request.series, request.year, last + 1, request.participant, request.subject,
                            request.name, today
                        ])
                    result[request] = number
                }
                if !renamed.isEmpty {
                    throw Failure(.renamedAfterIssue(renamed))
                }
                return result
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(.notSaved(detail: "\(error)", nothingIssued: true), file: path)
        }
    }

    /// The numbers of requests that all have theirs already, under the same names: nothing to
    /// write, so no write lock is taken (downloading an issued certificate again is the common
    /// request). Nil when anything needs the write transaction of `numbers`.
    private static func issuedUnchanged(_ requests: [Request], in db: Database) throws -> [Request: String]? {
        var result: [Request: String] = [:]
        for request in requests {
            guard
                let row = try Row.fetchOne(
                    db,
                    sql:
                        "SELECT number, name FROM certificate WHERE participant = ? AND subject = ? AND status IN ('issued', 'reserved')",
                    arguments: [request.participant, request.subject]),
                row["name"] as String == request.name
            else { return nil }
            result[request] = row["number"] as String
        }
        return result
    }

    /// The documents with these numbers are written: the numbers count as issued. With `checksums`
    /// (number → SHA-256 of its document file) the entry also keeps who wrote the document, when,
    /// and its checksum; printing an issued certificate again replaces them with the new document's.
    /// The same document printed again by the same person changes nothing, so the entry keeps
    /// when it was first written. Returns whether the register changed.
    @discardableResult
    public func confirm(
        _ numbers: [String], checksums: [String: String] = [:], generatedBy user: String? = nil, at time: String? = nil
    ) throws(Failure) -> Bool {
        do {
            let pending = try database.read { db in
                try numbers.contains { number in
                    try Self.confirmationChanges(number, checksum: checksums[number], user: user, in: db)
                }
            }
            guard pending else { return false }
            try database.write { db in
                for number in numbers {
                    try db.execute(
                        sql: "UPDATE certificate SET status = 'issued' WHERE number = ? AND status = 'reserved'",
                        arguments: [number])
                    if let checksum = checksums[number] {
                        try db.execute(
                            sql:
                                "UPDATE certificate SET checksum = ?, generatedBy = ?, generatedAt = ? WHERE number = ? AND status = 'issued'",
                            arguments: [checksum, user, time, number])
                    }
                }
            }
            return true
        } catch {
            throw Failure(.notSaved(detail: "\(error)", nothingIssued: false), file: path)
        }
    }

    /// Whether `confirm` would change the number's entry: a reserved number becomes issued, an
    /// issued one gets a document of another checksum or by another person.
    private static func confirmationChanges(_ number: String, checksum: String?, user: String?, in db: Database) throws
        -> Bool
    {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT status, checksum, generatedBy FROM certificate WHERE number = ?", arguments: [number])
        else { return false }
        switch row["status"] as String {
        case "reserved": return true
        case "issued":
            guard let checksum else { return false }
            return row["checksum"] as String? != checksum || row["generatedBy"] as String? != user
        default: return false
        }
    }

    public func cancel(_ number: String, reason: String, on day: String = CertificateRegister.today()) throws(Failure) {
        do {
            let changed = try database.write { db -> Int in
                try db.execute(
                    sql:
                        "UPDATE certificate SET status = 'cancelled', cancellationReason = ?, cancelledOn = ? WHERE number = ? AND status IN ('issued', 'reserved')",
                    arguments: [reason, day, number])
                return db.changesCount
            }
            if changed == 0 { throw Failure(.noSuchNumber(number)) }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(.notSaved(detail: "\(error)", nothingIssued: false), file: path)
        }
    }

    /// Today's date in ISO form, in the machine's time zone.
    public static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    public func entries() throws(Failure) -> [Entry] {
        do {
            return try database.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM certificate ORDER BY year, series, sequence").map(Self.entry)
            }
        } catch {
            throw Failure(.cannotRead(detail: "\(error)"), file: path)
        }
    }

    /// The number given to a person for a subject, issued or reserved (not a cancelled one), as
    /// `numbers(for:)` would find it.
    public func activeEntry(participant: String, subject: String) throws(Failure) -> Entry? {
        do {
            return try database.read { db in
                try Row.fetchOne(
                    db,
                    sql:
                        "SELECT * FROM certificate WHERE participant = ? AND subject = ? AND status IN ('issued', 'reserved')",
                    arguments: [participant, subject]
                ).map(Self.entry)
            }
        } catch {
            throw Failure(.cannotRead(detail: "\(error)"), file: path)
        }
    }

    private static func entry(_ row: Row) -> Entry {
        Entry(
            number: row["number"], participant: row["participant"], subject: row["subject"],
            name: row["name"],
            issuedOn: row["issuedOn"], status: Entry.Status(rawValue: row["status"]) ?? .issued,
            cancellationReason: row["cancellationReason"], generatedBy: row["generatedBy"],
            generatedAt: row["generatedAt"], checksum: row["checksum"], cancelledOn: row["cancelledOn"])
    }
}
