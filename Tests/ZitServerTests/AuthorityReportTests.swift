import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import ZitProject

@testable import ZitCLI
@testable import ZitServer

/// The authority reaches no personal data: its progress report counts the Leaders against their
/// target and names none of them, and it is the very file `zitdocs generate progress-report
/// --without-personal-data` writes. The office's report of the same period names the Leaders.
@Suite(.serialized) struct AuthorityReportTests {
    /// The reporting period by whose end the most Leaders are known (the last one).
    static func periodWithLeaders(_ project: Project) throws -> ReportingPeriod {
        try #require(project.reportingPeriods.max { $0.end < $1.end })
    }

    @Test func theAuthoritysReportNamesNoParticipantAndIsTheCommandsFile() async throws {
        let project = try TestProject()
        let data = try #require(ProjectLoader.load(folder: project.folder).project)
        let period = try Self.periodWithLeaders(data)
        let leaders = ProjectFacts(data).leaders
        try #require(!leaders.isEmpty)
        let surnames = Set(data.participants.map(\.lastName))

        let output = NSTemporaryDirectory() + "zit-cli-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: output) }
        var command = try Zitdocs.parseAsRoot([
            "generate", "progress-report", "--period", period.id.rawValue, "--without-personal-data",
            "--project", project.folder, "--output", output
        ])
        try command.run()
        let written = try #require(
            FileManager.default.enumerator(atPath: output)?.compactMap { $0 as? String }
                .first { $0.hasSuffix("informacja-o-postepie-\(period.id).docx") })
        let commandsFile = try Data(contentsOf: URL(fileURLWithPath: output + "/" + written))

        try await project.test { client in
            let body = #"{"period":"\#(period.id)"}"#
            let authority = try await client.signIn(.authority)
            let response = try await client.json(.post, "/api/v1/generate/progress-report", body, as: authority)
            #expect(response.status == .ok)
            let bytes = [UInt8](buffer: response.body)
            #expect(Data(bytes) == commandsFile)
            let text = try PartnerProgressReportTests.plainText(of: bytes)
            #expect(text.contains("\(leaders.count) z 15"))
            #expect(text.contains("Liderzy: imiona i nazwiska pominięte w wersji sprawozdania bez danych osobowych"))
            #expect(!text.contains("żaden z uczestników nie uzyskał"))
            for surname in surnames { #expect(!text.contains(surname), "nazwisko w sprawozdaniu dla IP: \(surname)") }

            let office = try await client.signIn(.office)
            let whole = try PartnerProgressReportTests.plainText(
                of: [UInt8](
                    buffer: try await client.json(.post, "/api/v1/generate/progress-report", body, as: office).body))
            #expect(whole.contains("\(leaders.count) z 15"))
            for leader in leaders { #expect(whole.contains(leader.fullName), "raport biura bez: \(leader.fullName)") }
        }
    }
}
