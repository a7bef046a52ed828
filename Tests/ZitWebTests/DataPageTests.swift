import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// Uploading a list as a browser does (multipart), seeing check's problems, replacing the file.
@Suite struct DataPageTests {
    static func upload(
        _ client: some TestClientProtocol, to path: String = "/dane/sprawdz", csrf: String?, kind: String,
        fileName: String, bytes: [UInt8], as browser: Browser
    ) async throws -> TestResponse {
        let boundary = "----granica7MA4YWxkTrZu0gW"
        var body: [UInt8] = []
        func text(_ string: String) { body += Array(string.utf8) }
        if let csrf {
            text("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n")
        }
        text("--\(boundary)\r\nContent-Disposition: form-data; name=\"rodzaj\"\r\n\r\n\(kind)\r\n")
        text(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"plik\"; filename=\"\(fileName)\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
        body += bytes
        text("\r\n--\(boundary)--\r\n")
        return try await client.execute(
            uri: path, method: .post,
            headers: [.contentType: "multipart/form-data; boundary=\(boundary)", .cookie: browser.cookie],
            body: ByteBuffer(bytes: body))
    }

    @Test func theFormHasItsLabelledControls() async throws {
        let project = try WebProject()
        try await project.test { client in
            let office = try await client.signIn(.office)
            let text = try await client.page("/dane", as: office).text
            #expect(text.contains(#"<label for="rodzaj">Rodzaj pliku</label>"#))
            #expect(text.contains(#"<label for="plik">Plik</label>"#))
            #expect(text.contains(#"enctype="multipart/form-data""#))
            #expect(text.contains(#"<button type="submit">Sprawdź</button>"#))
        }
    }

    @Test func aListWithMistakesShowsEachAtItsSheetRowAndColumn() async throws {
        let project = try WebProject()
        let csv = "Uczestnik;Wydarzenie;Data;Potwierdzenie\nU999;NIE-MA;2026-01-01;podpis\n"
        try await project.test { client in
            let office = try await client.signIn(.office)
            let response = try await Self.upload(
                client, csrf: office.csrf, kind: "obecnosci", fileName: "obecnosci.csv", bytes: Array(csv.utf8),
                as: office)
            #expect(response.status == .ok)
            #expect(response.headings == ["Wynik sprawdzenia"])
            #expect(response.text.contains("<caption>Problemy</caption>"))
            for column in ["Arkusz", "Wiersz", "Kolumna", "Problem"] {
                #expect(response.text.contains(">\(column)</th>"), "\(column)")
            }
            #expect(response.text.contains(#"<td class="liczba">2</td>"#))
            #expect(!response.text.contains("Zastąp plik projektu"))
        }
    }

    @Test func aCleanListCanReplaceTheProjectsFileOnceAsked() async throws {
        let project = try WebProject()
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: project.folder + "/uczestnicy.xlsx")))
        try await project.test { client in
            let office = try await client.signIn(.office)
            let response = try await Self.upload(
                client, csrf: office.csrf, kind: "uczestnicy", fileName: "uczestnicy.xlsx", bytes: bytes, as: office)
            #expect(response.headings == ["Wynik sprawdzenia"])
            #expect(response.text.contains(#"<button type="submit">Zastąp plik projektu</button>"#))
            if !response.text.contains("<caption>Problemy</caption>") {
                #expect(response.text.contains("Nie znaleziono problemów."))
            }
            let token = try #require(response.text.firstMatch(of: #/name="przeslany" value="([^"]+)"/#)?.1)
            let before = try FileManager.default.contentsOfDirectory(atPath: project.folder)
            let replaced = try await client.post(
                "/dane/zastap", [("csrf", office.csrf), ("przeslany", String(token))], as: office)
            #expect(replaced.status == .ok)
            #expect(replaced.text.contains("Plik projektu uczestnicy.xlsx został zastąpiony."))
            let after = try FileManager.default.contentsOfDirectory(atPath: project.folder)
            #expect(after.contains { $0.hasPrefix("uczestnicy.xlsx.poprzedni-") })
            #expect(before.count + 1 == after.count)
            // The kept upload is used once.
            let again = try await client.post(
                "/dane/zastap", [("csrf", office.csrf), ("przeslany", String(token))], as: office)
            #expect(again.status == .conflict)
        }
    }

    @Test func aFileOfAnotherKindIsRefusedAtItsField() async throws {
        let project = try WebProject()
        try await project.test { client in
            let office = try await client.signIn(.office)
            let response = try await Self.upload(
                client, csrf: office.csrf, kind: "uczestnicy", fileName: "lista.pdf", bytes: Array("%PDF".utf8),
                as: office)
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains(#"aria-invalid="true" aria-describedby="plik-blad""#))
            #expect(response.text.contains("nie jest arkuszem .xlsx, .ods ani .csv"))
            let forged = try await Self.upload(
                client, csrf: nil, kind: "uczestnicy", fileName: "uczestnicy.csv", bytes: Array("a".utf8), as: office)
            #expect(forged.status == .forbidden)
            #expect(forged.headings == ["Brak dostępu"])
        }
    }
}
