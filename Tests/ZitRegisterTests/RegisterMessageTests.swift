import Foundation
import Testing

@testable import ZitRegister

/// The register's sentences, word for word as the office reads them, each naming the register's
/// file when the problem is in it.
@Suite struct RegisterMessageTests {
    typealias Failure = CertificateRegister.Failure
    static let file = "/projekt/rejestr-zaswiadczen.sqlite"

    @Test func everyReasonReadsAsOneSentence() {
        let file = Self.file
        let expected: [(Failure, String)] = [
            (
                Failure(.writtenByNewerProgram, file: file),
                "\(file): rejestr zaświadczeń zapisała nowsza wersja programu zitdocs; zaktualizuj program, zanim zaczniesz wydawać zaświadczenia."
            ),
            (
                Failure(.newerLayout(version: 9, known: 3), file: file),
                "\(file): ten rejestr zaświadczeń zapisała nowsza wersja programu zitdocs (wersja rejestru 9, ten program zna wersje do 3). Zaktualizuj program, zanim wydasz kolejne zaświadczenia; plik rejestru nie został zmieniony."
            ),
            (
                Failure(.damaged, file: file),
                "\(file): plik rejestru zaświadczeń jest uszkodzony (nie da się go odczytać jako bazy danych). Przywróć go z kopii zapasowej; program go nie zastąpił."
            ),
            (
                Failure(
                    .renamedAfterIssue([
                        Failure.Rename(number: "1/2026/WZP", issuedTo: "Anna Nowak", now: "Anna Kowalska"),
                        Failure.Rename(number: "2/2026/WZP", issuedTo: "Jan Kos", now: "Jan Kot")
                    ])),
                "Imiona lub nazwiska zmieniły się po wydaniu zaświadczeń (1/2026/WZP wydano dla: Anna Nowak, obecnie: Anna Kowalska; 2/2026/WZP wydano dla: Jan Kos, obecnie: Jan Kot); sprawdź dane i uruchom program ponownie z opcją --reissue, aby wydrukować te zaświadczenia z nowymi danymi."
            ),
            (
                Failure(.notSaved(detail: "disk I/O error", nothingIssued: true), file: file),
                "\(file): nie udało się zapisać zmian w rejestrze zaświadczeń (szczegóły: disk I/O error); nie wydano żadnego zaświadczenia."
            ),
            (
                Failure(.notSaved(detail: "disk I/O error", nothingIssued: false), file: file),
                "\(file): nie udało się zapisać zmian w rejestrze zaświadczeń (szczegóły: disk I/O error)."
            ),
            (Failure(.noSuchNumber("7/2026/WZP")), "W rejestrze nie ma wydanego zaświadczenia o numerze 7/2026/WZP."),
            (
                Failure(.journalNotSaved(detail: "x"), file: file),
                "\(file): nie udało się zapisać wpisu w dzienniku generowania dokumentów (szczegóły: x)."
            )
        ]
        for (failure, sentence) in expected {
            #expect(failure.description == sentence)
        }
    }

    /// A person renamed after issue stops the run with the old and the new name.
    @Test func aRenameAfterIssueIsReportedWithBothNames() throws {
        let folder = NSTemporaryDirectory() + "zitdocs-register-rename-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let register = try CertificateRegister(folder: folder)
        let request = CertificateRegister.Request(
            participant: "U1", subject: "WZP-2", series: "WZP", year: 2026, name: "Anna Nowak")
        _ = try register.numbers(for: [request], scheme: "{nr}/{rok}/{seria}", today: "2026-03-05")
        var renamed = request
        renamed.name = "Anna Kowalska"
        #expect {
            try register.numbers(for: [renamed], scheme: "{nr}/{rok}/{seria}", today: "2026-03-06")
        } throws: { error in
            (error as? Failure)?.reason
                == .renamedAfterIssue([
                    Failure.Rename(number: "1/2026/WZP", issuedTo: "Anna Nowak", now: "Anna Kowalska")
                ])
        }
    }
}
