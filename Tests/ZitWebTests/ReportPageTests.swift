import Foundation
import HummingbirdTesting
import Testing
import ZitPackage
import ZitProject

/// The reports as each role downloads them from /sprawozdania: the authority's carry no personal
/// data, a partner's only its own tasks and events.
@Suite struct ReportPageTests {
    /// The text of a downloaded .docx, without its tags.
    static func text(of response: TestResponse) throws -> String {
        let package = try Package(bytes: [UInt8](buffer: response.body), name: "pobrany.docx")
        let xml = String(decoding: try package.read("word/document.xml"), as: UTF8.self)
        return xml.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test func theAuthoritysReportsNameNoParticipantWhileTheOfficesNameTheLeaders() async throws {
        let project = try WebProject()
        let period = try #require(project.project.reportingPeriods.max { $0.end < $1.end })
        let leaders = ProjectFacts(project.project).leaders
        try #require(!leaders.isEmpty)
        let surnames = Set(project.project.participants.map(\.lastName))
        let report = "/sprawozdania/postep?okres=\(period.id.rawValue)&format=docx"
        try await project.test { client in
            let authority = try await client.signIn(.authority)
            let page = try await client.page("/sprawozdania", as: authority)
            #expect(page.text.contains("Sprawozdanie nie zawiera danych osobowych"))
            let progress = try await client.page(report, as: authority)
            #expect(progress.status == .ok)
            let text = try Self.text(of: progress)
            #expect(text.contains("\(leaders.count) z 15"))
            let forum = try Self.text(of: try await client.page("/sprawozdania/forum?format=docx", as: authority))
            for surname in surnames {
                #expect(!text.contains(surname), "nazwisko w sprawozdaniu dla IP: \(surname)")
                #expect(!forum.contains(surname), "nazwisko w raporcie Forum dla IP: \(surname)")
            }

            let office = try await client.signIn(.office)
            let whole = try Self.text(of: try await client.page(report, as: office))
            #expect(whole.contains("\(leaders.count) z 15"))
            for leader in leaders { #expect(whole.contains(leader.fullName), "raport biura bez: \(leader.fullName)") }
        }
    }

    @Test func aPartnerDownloadsTheReportOfItsOwnEvents() async throws {
        let project = try WebProject()
        let data = project.project
        func held(_ organiser: String, in period: ReportingPeriod) -> [String] {
            data.events.filter { $0.organiser.rawValue == organiser && ($0.lastDay.map(period.contains) ?? false) }
                .map(\.title)
        }
        let period = try #require(
            data.reportingPeriods.max {
                min(held("WB", in: $0).count, held("JG", in: $0).count)
                    < min(held("WB", in: $1).count, held("JG", in: $1).count)
            })
        let own = held("WB", in: period)
        let others = held("JG", in: period).filter { !own.contains($0) }
        try #require(!own.isEmpty && !others.isEmpty)
        try await project.test { client in
            let partner = try await client.signIn(.partnerWB)
            let page = try await client.page("/sprawozdania", as: partner)
            #expect(page.text.contains(#"<option value="\#(period.id.rawValue)">"#))
            let response = try await client.page(
                "/sprawozdania/postep?okres=\(period.id.rawValue)&format=docx", as: partner)
            #expect(response.status == .ok)
            #expect(response.headers[.contentDisposition]?.contains("informacja-o-postepie-\(period.id)-WB") == true)
            let text = try Self.text(of: response)
            for title in own { #expect(text.contains(title), "brak własnego wydarzenia: \(title)") }
            for title in others { #expect(!text.contains(title), "wydarzenie drugiego partnera: \(title)") }
        }
    }
}
