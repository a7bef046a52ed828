import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import ZitDocuments

@testable import ZitServer

/// The register's export over HTTP is the table `zitdocs register export` writes.
@Suite struct RegisterExportTests {
    @Test func theOfficeDownloadsTheRegisterAsCSVAndXLSX() async throws {
        let project = try TestProject()
        let fixture = try Fixture(folder: project.folder)
        try await project.test { client in
            let office = try await client.signIn(.office)
            let csv = try await client.json(.get, "/api/v1/register/export?format=csv", as: office)
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentDisposition] == "attachment; filename=\"rejestr-zaswiadczen.csv\"")
            #expect(Array(csv.body.readableBytesView.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let lines = csv.text.dropFirst().split(separator: "\r\n")
            #expect(lines.first.map(String.init) == RegisterTable.header.joined(separator: ";"))
            #expect(lines.count == 4)
            #expect(
                lines.contains { $0.hasPrefix("\(fixture.cancelled);") && $0.contains(";anulowane;błąd w nazwisku;") })
            let xlsx = try await client.json(.get, "/api/v1/register/export?format=xlsx", as: office)
            #expect(xlsx.status == .ok)
            #expect(xlsx.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            #expect(Array(xlsx.body.readableBytesView.prefix(2)) == Array("PK".utf8))
            let leftovers =
                (try? FileManager.default.contentsOfDirectory(atPath: project.settings.dataFolder + "/tmp")) ?? []
            #expect(leftovers.isEmpty)
        }
    }
}
