import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import ZitPackage
import ZitProject

@testable import ZitServer

/// A partner's progress report: its own tasks and the events it organised, nothing of the other
/// partner's; the office's report of the same period has everyone's.
@Suite struct PartnerProgressReportTests {
    /// The document's text without its tags, the XML's entities read back.
    static func plainText(of document: [UInt8]) throws -> String {
        let package = try Package(bytes: document, name: "informacja.docx")
        let xml = String(decoding: try package.read("word/document.xml"), as: UTF8.self)
        return xml.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test func aPartnersReportHasItsOwnEventsAndNoneOfTheOtherPartners() async throws {
        let project = try TestProject()
        let data = try #require(ProjectLoader.load(folder: project.folder).project)
        // The period in which both partners held the most events.
        func held(_ organiser: String, in period: ReportingPeriod) -> [Event] {
            data.events.filter { $0.organiser.rawValue == organiser && ($0.lastDay.map(period.contains) ?? false) }
        }
        let period = try #require(
            data.reportingPeriods.max {
                min(held("WB", in: $0).count, held("JG", in: $0).count)
                    < min(held("WB", in: $1).count, held("JG", in: $1).count)
            })
        let own = held("WB", in: period).map(\.title)
        let others = held("JG", in: period).map(\.title)
        try #require(!own.isEmpty && !others.isEmpty)
        let ownTasks = try #require(data.beneficiaries.first { $0.id == "WB" }).tasks.map(\.name)
        let otherTasks = try #require(data.beneficiaries.first { $0.id == "JG" }).tasks.map(\.name)

        try await project.test { client in
            let body = #"{"period":"\#(period.id)"}"#
            let partner = try await client.signIn(.partnerWB)
            let response = try await client.json(.post, "/api/v1/generate/progress-report", body, as: partner)
            #expect(response.status == .ok)
            #expect(response.headers[.contentDisposition]?.contains("informacja-o-postepie-\(period.id)-WB") == true)
            let text = try Self.plainText(of: [UInt8](buffer: response.body))
            for title in own { #expect(text.contains(title), "brak własnego wydarzenia: \(title)") }
            for title in others where !own.contains(title) {
                #expect(!text.contains(title), "wydarzenie drugiego partnera: \(title)")
            }
            for task in ownTasks { #expect(text.contains(task), "brak własnego zadania: \(task)") }
            for task in otherTasks { #expect(!text.contains(task), "zadanie drugiego partnera: \(task)") }

            // The office's report of the same period has both partners' events and tasks.
            let office = try await client.signIn(.office)
            let whole = try Self.plainText(
                of: [UInt8](
                    buffer: try await client.json(.post, "/api/v1/generate/progress-report", body, as: office).body))
            for title in own + others { #expect(whole.contains(title), "raport biura bez: \(title)") }
            for task in ownTasks + otherTasks { #expect(whole.contains(task), "raport biura bez zadania: \(task)") }
        }
    }
}
