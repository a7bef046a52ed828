import Foundation
import GRDB
import Testing

@testable import ZitRegister

@Suite struct CertificateRegisterTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "zitdocs-register-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func request(_ participant: String, _ subject: String = "WZP-2", name: String? = nil) -> CertificateRegister.Request
    {
        .init(
            participant: participant, subject: subject, series: "WZP", year: 2026, name: name ?? "Osoba \(participant)")
    }

    @Test func numbersAreSequentialPerSeriesAndNeverChange() throws {
        let register = try CertificateRegister(folder: folder)
        let first = try register.numbers(
            for: [request("U1"), request("U2")], scheme: "{nr}/{rok}/{seria}", today: "2026-03-05")
        #expect(first[request("U1")] == "1/2026/WZP")
        #expect(first[request("U2")] == "2/2026/WZP")
        let again = try CertificateRegister(folder: folder)
            .numbers(
                for: [request("U2"), request("U3"), request("U1")], scheme: "{nr}/{rok}/{seria}", today: "2026-03-06")
        #expect(again[request("U1")] == "1/2026/WZP")
        #expect(again[request("U2")] == "2/2026/WZP")
        #expect(again[request("U3")] == "3/2026/WZP")
    }

    @Test func aCancelledNumberIsNeverReused() throws {
        let register = try CertificateRegister(folder: folder)
        _ = try register.numbers(for: [request("U1")], scheme: "{nr}/{rok}/{seria}", today: "2026-03-05")
        try register.cancel("1/2026/WZP", reason: "błąd w nazwisku")
        let next = try register.numbers(for: [request("U1")], scheme: "{nr}/{rok}/{seria}", today: "2026-03-06")
        #expect(next[request("U1")] == "2/2026/WZP")
        let entries = try register.entries()
        #expect(entries.map(\.status) == [.cancelled, .reserved])
        #expect(entries[0].cancellationReason == "błąd w nazwisku")
    }

    @Test func reservedNumbersBecomeIssuedOnceTheirDocumentsAreWritten() throws {
        let register = try CertificateRegister(folder: folder)
        let numbers = try register.numbers(
            for: [request("U1"), request("U2")], scheme: "{nr}/{rok}/{seria}", today: "2026-03-05")
        #expect(try register.entries().map(\.status) == [.reserved, .reserved])
        try register.confirm([try #require(numbers[request("U1")])])
        #expect(try register.entries().map(\.status) == [.issued, .reserved])
    }

    @Test func aChangedNameNeedsAnExplicitReissue() throws {
        let register = try CertificateRegister(folder: folder)
        _ = try register.numbers(
            for: [request("U1", name: "Anna Nowak")], scheme: "{nr}/{rok}/{seria}", today: "2026-03-05")
        #expect(throws: CertificateRegister.Failure.self) {
            _ = try register.numbers(
                for: [request("U1", name: "Anna Nowak-Jeleń")], scheme: "{nr}/{rok}/{seria}", today: "2026-03-06")
        }
        let reissued = try register.numbers(
            for: [request("U1", name: "Anna Nowak-Jeleń")], scheme: "{nr}/{rok}/{seria}", today: "2026-03-06",
            reissue: true)
        #expect(reissued[request("U1", name: "Anna Nowak-Jeleń")] == "1/2026/WZP")
    }

    @Test func twoWritersAtOnceNeverShareOrSkipANumber() async throws {
        let path = folder
        let numbers = try await withThrowingTaskGroup(of: [String].self) { group in
            for writer in 0..<2 {
                group.addTask {
                    let register = try CertificateRegister(folder: path)
                    var issued: [String] = []
                    for index in 0..<50 {
                        let request = CertificateRegister.Request(
                            participant: "W\(writer)-\(index)", subject: "KONF", series: "KONF", year: 2026, name: "x")
                        issued += try register.numbers(
                            for: [request], scheme: "{nr}/{rok}/{seria}", today: "2026-11-19"
                        ).values
                    }
                    return issued
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(Set(numbers).count == 100)
        #expect(Set(numbers) == Set((1...100).map { "\($0)/2026/KONF" }))
    }

    @Test func aDamagedRegisterIsReportedNotReplaced() throws {
        let path = (folder as NSString).appendingPathComponent(CertificateRegister.fileName)
        try Data("to nie jest baza danych, tylko tekst".utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try CertificateRegister(folder: folder)
            Issue.record("a damaged register was opened")
        } catch {
            #expect(error.description.contains("plik rejestru zaświadczeń jest uszkodzony"))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "to nie jest baza danych, tylko tekst")
    }
}

/// The layout of the register file across versions: an older file is brought up to date, a newer
/// one is refused and left as it is, and each certificate keeps who wrote its document and its checksum.
@Suite struct RegisterSchemaTests {
    let folder: String
    var path: String { (folder as NSString).appendingPathComponent(CertificateRegister.fileName) }

    init() throws {
        folder = NSTemporaryDirectory() + "zitdocs-register-schema-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func request(_ participant: String) -> CertificateRegister.Request {
        .init(participant: participant, subject: "WZP-2", series: "WZP", year: 2026, name: "Osoba \(participant)")
    }

    @Test func aRegisterOfTheOldLayoutIsMigratedWithItsEntriesKept() throws {
        // The file as zitdocs wrote it before certificates kept their checksum: two migrations, one issued number.
        do {
            let old = try DatabaseQueue(path: path)
            try CertificateRegister.migrator.migrate(old, upTo: "v2 generation journal")
            try old.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO certificate (number, series, year, sequence, participant, subject, name, issuedOn, status)
                        VALUES ('1/2026/WZP', 'WZP', 2026, 1, 'U1', 'WZP-2', 'Osoba U1', '2026-03-05', 'issued')
                        """)
            }
            try old.close()
        }
        let register = try CertificateRegister(folder: folder)
        let entries = try register.entries()
        #expect(entries.map(\.number) == ["1/2026/WZP"])
        #expect(entries[0].status == .issued && entries[0].checksum == nil && entries[0].generatedBy == nil)
        #expect(
            try register.database.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
                == CertificateRegister.schemaVersion)
        // The old number goes on, and the next one is 2.
        let numbers = try register.numbers(
            for: [request("U1"), request("U2")], scheme: "{nr}/{rok}/{seria}", today: "2026-03-06")
        #expect(numbers[request("U1")] == "1/2026/WZP" && numbers[request("U2")] == "2/2026/WZP")
        try register.confirm(
            ["1/2026/WZP", "2/2026/WZP"], checksums: ["1/2026/WZP": "aa", "2/2026/WZP": "bb"],
            generatedBy: "kasia", at: "2026-03-06T10:00:00+01:00")
        let after = try CertificateRegister(folder: folder).entries()
        #expect(after.map(\.checksum) == ["aa", "bb"])
        #expect(
            after.allSatisfy {
                $0.generatedBy == "kasia" && $0.generatedAt == "2026-03-06T10:00:00+01:00" && $0.status == .issued
            })
    }

    @Test func aReservedNumberGetsNoChecksumUntilItsDocumentIsWritten() throws {
        let register = try CertificateRegister(folder: folder)
        _ = try register.numbers(for: [request("U1")], scheme: "{nr}/{rok}/{seria}", today: "2026-03-05")
        #expect(try register.entries()[0].checksum == nil)
        try register.confirm(["1/2026/WZP"], checksums: ["1/2026/WZP": "cc"], generatedBy: "jan", at: "t")
        try register.cancel("1/2026/WZP", reason: "błąd")
        // A cancelled certificate keeps the checksum of the document that was cancelled.
        try register.confirm(["1/2026/WZP"], checksums: ["1/2026/WZP": "dd"], generatedBy: "jan", at: "t2")
        let entry = try register.entries()[0]
        #expect(entry.status == .cancelled && entry.checksum == "cc" && entry.generatedAt == "t")
    }

    /// Printing the same document again by the same person is what the register already says;
    /// another document or another person is recorded, and a reserved number still becomes issued.
    @Test func theSameDocumentPrintedAgainBySamePersonChangesNothing() throws {
        let register = try CertificateRegister(folder: folder)
        _ = try register.numbers(for: [request("U1")], scheme: "{nr}/{rok}/{seria}", today: "2026-03-05")
        #expect(try register.confirm(["1/2026/WZP"], checksums: ["1/2026/WZP": "aa"], generatedBy: "jan", at: "t1"))
        #expect(try !register.confirm(["1/2026/WZP"], checksums: ["1/2026/WZP": "aa"], generatedBy: "jan", at: "t2"))
        #expect(try register.entries()[0].generatedAt == "t1")
        #expect(try register.confirm(["1/2026/WZP"], checksums: ["1/2026/WZP": "aa"], generatedBy: "ola", at: "t3"))
        #expect(try register.confirm(["1/2026/WZP"], checksums: ["1/2026/WZP": "bb"], generatedBy: "ola", at: "t4"))
        let entry = try register.entries()[0]
        #expect(
            entry.checksum == "bb" && entry.generatedBy == "ola" && entry.generatedAt == "t4" && entry.status == .issued
        )
        // Numbers asked for again under the same names are the same ones, with nothing written.
        let again = try register.numbers(for: [request("U1")], scheme: "{nr}/{rok}/{seria}", today: "2026-03-06")
        #expect(again[request("U1")] == "1/2026/WZP")
        #expect(try register.entries().count == 1)
    }

    func expectRefused(containing words: String) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            _ = try CertificateRegister(folder: folder)
            Issue.record("a register of a newer version was opened")
        } catch {
            #expect(error.description.contains(words), "\(error.description)")
            #expect(error.description.contains(path))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "the file is left as it was")
    }

    @Test func aRegisterWithAHigherVersionNumberIsRefusedNotReset() throws {
        let register = try CertificateRegister(folder: folder)
        _ = try register.numbers(for: [request("U1")], scheme: "{nr}/{rok}/{seria}", today: "2026-03-05")
        try register.database.writeWithoutTransaction {
            try $0.execute(sql: "PRAGMA user_version = \(CertificateRegister.schemaVersion + 1)")
        }
        try register.database.close()
        try expectRefused(containing: "nowsza wersja programu zitdocs")
    }

    @Test func aRegisterWithAnUnknownMigrationIsRefusedNotReset() throws {
        let register = try CertificateRegister(folder: folder)
        _ = try register.numbers(for: [request("U1")], scheme: "{nr}/{rok}/{seria}", today: "2026-03-05")
        try register.database.write {
            try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9 from the future')")
        }
        try register.database.close()
        try expectRefused(containing: "nowsza wersja programu zitdocs")
    }
}
