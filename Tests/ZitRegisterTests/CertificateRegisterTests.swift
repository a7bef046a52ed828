import Foundation
import Testing
@testable import ZitRegister

@Suite struct CertificateRegisterTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "zitdocs-register-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func request(_ participant: String, _ subject: String = "WZP-2", name: String? = nil) -> CertificateRegister.Request {
        .init(participant: participant, subject: subject, series: "WZP", year: 2026, name: name ?? "Osoba \(participant)")
    }

    @Test func numbersAreSequentialPerSeriesAndNeverChange() throws {
        let register = try CertificateRegister(folder: folder)
        let first = try register.numbers(for: [request("U1"), request("U2")], scheme: "{nr}/{rok}/{seria}", today: "2026-03-05")
        #expect(first[request("U1")] == "1/2026/WZP")
        #expect(first[request("U2")] == "2/2026/WZP")
        let again = try CertificateRegister(folder: folder)
            .numbers(for: [request("U2"), request("U3"), request("U1")], scheme: "{nr}/{rok}/{seria}", today: "2026-03-06")
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
        let numbers = try register.numbers(for: [request("U1"), request("U2")], scheme: "{nr}/{rok}/{seria}", today: "2026-03-05")
        #expect(try register.entries().map(\.status) == [.reserved, .reserved])
        try register.confirm([try #require(numbers[request("U1")])])
        #expect(try register.entries().map(\.status) == [.issued, .reserved])
    }

    @Test func aChangedNameNeedsAnExplicitReissue() throws {
        let register = try CertificateRegister(folder: folder)
        _ = try register.numbers(for: [request("U1", name: "Anna Nowak")], scheme: "{nr}/{rok}/{seria}", today: "2026-03-05")
        #expect(throws: CertificateRegister.Failure.self) {
            _ = try register.numbers(for: [request("U1", name: "Anna Nowak-Jeleń")], scheme: "{nr}/{rok}/{seria}", today: "2026-03-06")
        }
        let reissued = try register.numbers(
            for: [request("U1", name: "Anna Nowak-Jeleń")], scheme: "{nr}/{rok}/{seria}", today: "2026-03-06", reissue: true)
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
                        issued += try register.numbers(for: [request], scheme: "{nr}/{rok}/{seria}", today: "2026-11-19").values
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
