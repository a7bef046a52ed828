import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZitRegister

@testable import ZitServer

/// Like `zitdocs generate`, the service makes no document from project data that `check` finds
/// errors in: a certificate would carry the mistake, and its number would be issued all the same.
@Suite struct DataErrorGenerationTests {
    @Test func noDocumentIsMadeAndNoNumberIssuedFromDataWithErrors() async throws {
        let project = try TestProject()
        let pick = try CertificatePick(in: project.folder, organiser: "WB")
        try await project.test { client in
            let office = try await client.signIn(.office)
            // The participants' list kept twice, as .xlsx and as .csv: an error `check` reports.
            try "id;imię;nazwisko\n".write(
                toFile: (project.folder as NSString).appendingPathComponent("uczestnicy.csv"), atomically: true,
                encoding: .utf8)
            let response = try await client.json(
                .post, "/api/v1/generate/certificates",
                pick.oneCertificate, as: office)
            #expect(response.status == .conflict)
            #expect(response.object["code"] as? String == "project_has_errors")
            #expect((response.object["message"] as? String)?.hasPrefix("Dane projektu zawierają błędy") == true)
            #expect(try CertificateRegister(folder: project.folder).entries().isEmpty)
        }
    }
}
