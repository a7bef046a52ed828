import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import ZitSheets

@testable import ZitServer

/// An uploaded list checked as `zitdocs check` would check it, and put in place only when asked.
@Suite struct CheckRouteTests {
    /// The sample's participants as CSV, with one person's sex changed to `sex`; returns the CSV,
    /// the row changed and the sex column's letters.
    static func participantsCSV(in folder: String, sex: String) throws -> (csv: String, row: Int, column: String) {
        let sheet = try #require(try SheetReader.read(contentsOf: folder + "/uczestnicy.xlsx").sheets.first)
        let header = try #require(sheet.rows.first)
        let sexColumn = try #require(header.cells.first { $0.value.plainText == "Płeć" }?.column)
        let width = header.cells.map(\.column).max() ?? 1
        let changed = sheet.rows[3].number
        var lines: [String] = []
        for row in sheet.rows {
            let fields = (1...width).map { column in
                let text = row.number == changed && column == sexColumn ? sex : row[column].plainText
                return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            // CSV rows are numbered as the file's lines; the sheet's own numbers may skip empty rows.
            while lines.count + 1 < row.number { lines.append("") }
            lines.append(fields.joined(separator: ";"))
        }
        return (lines.joined(separator: "\n") + "\n", changed, SheetColumn.letters(sexColumn))
    }

    @Test func aProblemIsReportedAtItsOwnCellAndTheProjectIsLeftAsItWas() async throws {
        let project = try TestProject()
        let upload = try Self.participantsCSV(in: project.folder, sex: "X")
        let before = try Data(contentsOf: URL(fileURLWithPath: project.folder + "/uczestnicy.xlsx"))
        let folder = project.folder
        try await project.test { client in
            let office = try await client.signIn(.office)
            let response = try await client.json(
                .post, "/api/v1/check/participants?format=csv", upload.csv, as: office,
                headers: [.contentType: "text/csv"])
            #expect(response.status == .ok)
            let report = response.object
            let problems = try #require(report["problems"] as? [[String: Any]])
            // In the uploaded list only the one cell; the attendance rows of the person it leaves
            // out are reported against the attendance list, as `check` does.
            #expect(problems.filter { $0["file"] as? String == "uczestnicy.csv" }.count == 1, "\(problems)")
            #expect(report["replaced"] as? Bool == false)
            let problem = try #require(
                problems.first { ($0["message"] as? String)?.hasPrefix("„X” nie jest oznaczeniem płci") == true })
            #expect(problem["file"] as? String == "uczestnicy.csv")
            #expect(problem["row"] as? Int == upload.row)
            #expect(problem["column"] as? String == upload.column)
            #expect((report["facts"] as? [String: Any])?["participants"] as? Int ?? 0 > 0)
            #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/uczestnicy.xlsx")) == before)
            #expect(!FileManager.default.fileExists(atPath: folder + "/uczestnicy.csv"))
        }
    }

    @Test func aListWithErrorsIsNotPutInPlace() async throws {
        let project = try TestProject()
        let upload = try Self.participantsCSV(in: project.folder, sex: "X")
        let folder = project.folder
        try await project.test { client in
            let office = try await client.signIn(.office)
            let response = try await client.json(
                .post, "/api/v1/check/participants?format=csv&replace=true", upload.csv, as: office)
            #expect(response.status == .unprocessableContent)
            #expect(response.object["replaced"] as? Bool == false)
            #expect(!FileManager.default.fileExists(atPath: folder + "/uczestnicy.csv"))
        }
    }

    @Test func aGoodListReplacesTheProjectsOneAndThePreviousIsKept() async throws {
        let project = try TestProject()
        let upload = try Self.participantsCSV(in: project.folder, sex: "K")
        let before = try Data(contentsOf: URL(fileURLWithPath: project.folder + "/uczestnicy.xlsx"))
        let folder = project.folder
        try await project.test { client in
            let office = try await client.signIn(.office)
            var headers = office.headers
            headers[.contentType] = "text/csv; charset=utf-8"
            let response = try await client.execute(
                uri: "/api/v1/check/participants?replace=true", method: .post, headers: headers,
                body: ByteBuffer(string: upload.csv))
            #expect(response.status == .ok)
            #expect(response.object["replaced"] as? Bool == true)
            let backups = try #require(response.object["backups"] as? [String])
            #expect(backups.count == 1)
            let backup = try #require(backups.first)
            #expect(backup.hasPrefix("uczestnicy.xlsx.poprzedni-"))
            #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + backup)) == before)
            #expect(try String(contentsOfFile: folder + "/uczestnicy.csv", encoding: .utf8) == upload.csv)
            #expect(!FileManager.default.fileExists(atPath: folder + "/uczestnicy.xlsx"))
        }
    }

    @Test func onlyTheOfficeChecksUploadsAndAnUnknownFormatIsRefused() async throws {
        let project = try TestProject()
        try await project.test { client in
            let partner = try await client.signIn(.partnerWB)
            #expect(
                try await client.json(.post, "/api/v1/check/participants?format=csv", "a;b\n", as: partner).status
                    == .forbidden)
            let office = try await client.signIn(.office)
            let unknown = try await client.json(.post, "/api/v1/check/attendance", "a;b\n", as: office)
            #expect(unknown.status == .unsupportedMediaType)
            #expect(unknown.object["code"] as? String == "unknown_list_format")
        }
    }
}
