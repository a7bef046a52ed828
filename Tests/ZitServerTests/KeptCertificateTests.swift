import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import ZitRegister
import ZitSheets

@testable import ZitServer

/// A certificate sent again from memory is what the generator would make now: the data, the
/// template or the register changed since, and the next download follows them.
@Suite struct KeptCertificateTests {
    /// The sample's participants as CSV, with `participant`'s surname replaced by `surname`.
    static func participantsCSV(in folder: String, renaming participant: String, to surname: String) throws -> String {
        let sheet = try #require(try SheetReader.read(contentsOf: folder + "/uczestnicy.xlsx").sheets.first)
        let header = try #require(sheet.rows.first)
        let idColumn = try #require(header.cells.first { $0.value.plainText.lowercased() == "id" }?.column)
        let surnameColumn = try #require(header.cells.first { $0.value.plainText == "Nazwisko" }?.column)
        let width = header.cells.map(\.column).max() ?? 1
        var lines: [String] = []
        for row in sheet.rows {
            let renamed = row[idColumn].plainText == participant
            let fields = (1...width).map { column in
                let text = renamed && column == surnameColumn ? surname : row[column].plainText
                return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            while lines.count + 1 < row.number { lines.append("") }
            lines.append(fields.joined(separator: ";"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func eventTitle(in folder: String, of event: String) throws -> String {
        let text = try String(contentsOfFile: folder + "/wydarzenia.yaml", encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasSuffix("- id: \(event)") })
        let line = try #require(lines[start...].first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("tytuł:") })
        return String(line.split(separator: "\"")[1])
    }

    @Test func aCertificateSentAgainFollowsTheProjectsData() async throws {
        let project = try TestProject()
        let pick = try CertificatePick(in: project.folder, organiser: "WB")
        let folder = project.folder
        let kept = project.server.services.documents.recent
        try await project.test { client in
            let office = try await client.signIn(.office)
            let body = pick.oneCertificate
            let first = try await client.json(.post, "/api/v1/generate/certificates", body, as: office)
            #expect(first.status == .ok)
            #expect(kept.count == 1, "the certificate is kept for the next request")
            let again = try await client.json(.post, "/api/v1/generate/certificates", body, as: office)
            #expect(Data(again.body.readableBytesView) == Data(first.body.readableBytesView))

            // The office corrects the event's title: the next download has the new one.
            let title = try Self.eventTitle(in: folder, of: pick.event)
            let events = try String(contentsOfFile: folder + "/wydarzenia.yaml", encoding: .utf8)
            try events.replacingOccurrences(of: "\"\(title)\"", with: "\"\(title) (poprawiony)\"")
                .write(toFile: folder + "/wydarzenia.yaml", atomically: true, encoding: .utf8)
            let corrected = try await client.json(.post, "/api/v1/generate/certificates", body, as: office)
            #expect(corrected.status == .ok)
            let text = try IssuedDownloadTests.text(of: [UInt8](buffer: corrected.body))
            #expect(text.contains("(poprawiony)"))
            let entries = try CertificateRegister(folder: folder).entries()
            #expect(entries.count == 1)
            #expect(entries[0].checksum == Checksum.of(bytes: [UInt8](buffer: corrected.body)))

            // The participant's surname changes in the list: the register stops the copy, as the command does.
            let csv = try Self.participantsCSV(in: folder, renaming: pick.participant, to: "Zmienione-Nazwisko")
            try FileManager.default.removeItem(atPath: folder + "/uczestnicy.xlsx")
            try csv.write(toFile: folder + "/uczestnicy.csv", atomically: true, encoding: .utf8)
            let renamed = try await client.json(.post, "/api/v1/generate/certificates", body, as: office)
            #expect(renamed.status == .unprocessableContent)
            let message = renamed.object["message"] as? String ?? ""
            #expect(message.contains("Zmienione-Nazwisko") && message.contains("--reissue"), "\(message)")
        }
    }

    @Test func aCertificateCancelledInTheRegisterIsNotSentAgain() async throws {
        let project = try TestProject()
        let pick = try CertificatePick(in: project.folder, organiser: "WB")
        let folder = project.folder
        try await project.test { client in
            let office = try await client.signIn(.office)
            let body = pick.oneCertificate
            let first = try await client.json(.post, "/api/v1/generate/certificates", body, as: office)
            #expect(first.status == .ok)
            // Cancelled by `zitdocs register cancel`, another process with its own connection.
            let register = try CertificateRegister(folder: folder)
            let number = try #require(try register.entries().first?.number)
            try register.cancel(number, reason: "błąd w dacie")

            let second = try await client.json(.post, "/api/v1/generate/certificates", body, as: office)
            #expect(second.status == .ok)
            #expect(Data(second.body.readableBytesView) != Data(first.body.readableBytesView))
            let entries = try register.entries()
            let active = try #require(entries.first { $0.status == .issued })
            #expect(active.number != number)
            #expect(active.checksum == Checksum.of(bytes: [UInt8](buffer: second.body)))
        }
    }

    @Test func aCertificateLastMadeByAnotherUserIsMadeAgainInTheirName() async throws {
        let project = try TestProject()
        let pick = try CertificatePick(in: project.folder, organiser: "WB")
        let folder = project.folder
        try await project.test { client in
            let office = try await client.signIn(.office)
            let partner = try await client.signIn(.partnerWB)
            let body = pick.oneCertificate
            let first = try await client.json(.post, "/api/v1/generate/certificates", body, as: office)
            #expect(first.status == .ok)
            let register = try CertificateRegister(folder: folder)
            #expect(try register.entries().first?.generatedBy == "biuro")
            let runs = try register.runs().count
            let second = try await client.json(.post, "/api/v1/generate/certificates", body, as: partner)
            #expect(second.status == .ok)
            #expect(Data(second.body.readableBytesView) == Data(first.body.readableBytesView))
            #expect(try register.entries().first?.generatedBy == "wb", "the register names who made it last")
            #expect(try register.runs().count == runs + 1)
        }
    }
}
