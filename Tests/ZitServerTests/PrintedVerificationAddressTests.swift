import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import ZitRegister

@testable import ZitServer

/// The address printed on a certificate (beside its QR code), followed to the service: the
/// certificate's own entry, valid, then cancelled with its date once the office cancels it.
@Suite struct PrintedVerificationAddressTests {
    @Test func theAddressOnACertificateLeadsToItsEntryValidThenCancelled() async throws {
        let project = try TestProject()
        let file = project.folder + "/projekt.yaml"
        let yaml = try String(contentsOfFile: file, encoding: .utf8)
            .replacingOccurrences(
                of: "projekt:\n", with: "projekt:\n  adres_weryfikacji: \"https://zit.example.pl/\"\n")
        try yaml.write(toFile: file, atomically: true, encoding: .utf8)
        let pick = try CertificatePick(in: project.folder, organiser: "WB")
        let folder = project.folder
        try await project.test { client in
            let office = try await client.signIn(.office)
            let body = #"{"event":"\#(pick.event)","participant":"\#(pick.participant)"}"#
            let response = try await client.json(.post, "/api/v1/generate/certificates", body, as: office)
            #expect(response.status == .ok)
            let xml = try IssuedDownloadTests.text(of: [UInt8](buffer: response.body))
            let printed = try #require(
                xml.range(of: #"https://zit\.example\.pl/weryfikacja/[^<\s]+"#, options: .regularExpression),
                "no verification address in the certificate")
            let path = String(xml[printed].dropFirst("https://zit.example.pl".count))
            let entry = try #require(try CertificateRegister(folder: folder).entries().first)
            #expect(path == "/weryfikacja/\(entry.number)")

            let valid = try await client.json(.get, path, headers: [.accept: "application/json"])
            #expect(valid.object["number"] as? String == entry.number)
            #expect(valid.object["status"] as? String == "valid")
            #expect(valid.object["checksumPrefix"] as? String == entry.checksum.map { String($0.prefix(12)) })

            try CertificateRegister(folder: folder).cancel(entry.number, reason: "błąd w nazwisku", on: "2026-11-30")
            let page = try await client.json(.get, path)
            #expect(page.text.contains("anulowane dnia 30 listopada 2026 r."), "\(page.text)")
        }
    }
}
