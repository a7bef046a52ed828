import Foundation
import Testing
import ZitEngine
import ZitPolish
import ZitProject
@testable import ZitDocuments

/// The data each document is filled with, checked on the sample project.
@Suite struct DocumentPlansTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/projekt").path

    let plans: DocumentPlans

    init() throws {
        let project = try #require(ProjectLoader.load(folder: Self.folder).project)
        plans = DocumentPlans(ProjectFacts(project))
    }

    func text(_ value: TemplateValue?, _ path: String...) -> String? {
        var current = value
        for key in path { current = current?[key] }
        if case .string(let text)? = current { return text }
        return nil
    }

    @Test func attendanceListsArePreFilledInPolishOrderWithTotals() throws {
        let lists = plans.documents(.attendance, selection: .init(event: "WIZYTA"))
        let list = try #require(lists.first)
        #expect(lists.count == 1)
        guard case .list(let days)? = list.data["days"] else { Issue.record("no days"); return }
        #expect(days.count == 2)
        #expect(text(days[0], "dayLabel") == "Dzień 1 z 2")
        guard case .list(let rows)? = days[0]["participants"] else { Issue.record("no rows"); return }
        let names = rows.compactMap { text($0, "name") }
        #expect(names.count == 25)
        let surnames = names.map { $0.split(separator: " ").dropFirst().joined(separator: " ") }
        #expect(surnames == Polish.sorted(surnames))
        #expect(text(days[0], "totals", "all") == "25")
        guard case .list(let blanks)? = days[0]["emptyRows"] else { Issue.record("no blank rows"); return }
        #expect(blanks.compactMap { text($0, "number") } == ["26", "27", "28", "29", "30"])
        #expect(text(list.data, "event", "datesText")?.hasSuffix("r.") == true)
        #expect(text(list.data, "event", "kindLabel") == "Wizyta studyjna")
    }

    @Test func certificatesFollowTheParticipantsSex() throws {
        let certificates = plans.documents(.certificates)
        #expect(certificates.count == 515)
        let wording = Set(certificates.compactMap { text($0.data, "participant", "tookPart") })
        #expect(wording == ["wzięła udział", "wziął udział", "uczestniczył(a)"])
        let requests = certificates.compactMap(\.certificate)
        #expect(requests.count == certificates.count)
        #expect(Set(requests.map { "\($0.participant)|\($0.subject)" }).count == requests.count)
        #expect(Set(requests.map(\.series)) == ["INAUG", "WZH", "WZP", "WMOF", "SUP", "FORUM", "WIZ", "KONF"])
    }

    @Test func workshopsShowTheirPlaceInTheSeries() throws {
        let list = try #require(plans.documents(.attendance, selection: .init(event: "WZP-2")).first)
        #expect(text(list.data, "event", "seriesLabel") == "Warsztat 2/5 — zarządzanie projektami")
    }

    @Test func leaderCertificatesListEveryFormAttended() throws {
        let certificates = plans.documents(.leaderCertificates)
        #expect(certificates.count == 18)
        let first = try #require(plans.documents(.leaderCertificates, selection: .init(participant: "U077")).first)
        #expect(text(first.data, "formsCount") == "20")
        guard case .list(let forms)? = first.data["forms"] else { Issue.record("no forms"); return }
        #expect(forms.count == 20)
    }

    @Test func dateRangesReadAsPolishDocumentsWriteThem() {
        let dates = ["2026-05-11", "2026-05-12"].compactMap { CalendarDate(iso: $0) }
        #expect(PolishDates.range(dates) == "11–12 maja 2026 r.")
        #expect(PolishDates.range(["2026-06-30", "2026-07-01"].compactMap { CalendarDate(iso: $0) }) == "30 czerwca – 1 lipca 2026 r.")
        #expect(PolishDates.range([CalendarDate(iso: "2026-03-05")!]) == "5 marca 2026 r.")
    }

    @Test func fileNamesAreSafeAndUnique() {
        #expect(Generator.fileNames(["zaswiadczenie-WZP-2-Żak-Łucja", "zaswiadczenie-WZP-2-Żak-Łucja", "../../etc/passwd"], extension: "docx")
            == ["zaswiadczenie-WZP-2-Zak-Lucja.docx", "zaswiadczenie-WZP-2-Zak-Lucja-2.docx", "etc_passwd.docx"])
    }
}

/// Reports: every figure from the data, checked against counts made independently.
@Suite struct ReportPlansTests {
    let plans: DocumentPlans
    let facts: ProjectFacts

    init() throws {
        let project = try #require(ProjectLoader.load(folder: DocumentPlansTests.folder).project)
        facts = ProjectFacts(project)
        plans = DocumentPlans(facts)
    }

    func text(_ value: TemplateValue?, _ path: String...) -> String? {
        var current = value
        for key in path { current = current?[key] }
        if case .string(let text)? = current { return text }
        return nil
    }

    @Test func theForumReportCountsObserversAndChallenges() throws {
        let report = try #require(plans.documents(.forumReport).first)
        #expect(text(report.data, "forum", "observers", "count") == "36")
        #expect(text(report.data, "forum", "challengesCount") == "9")
        guard case .list(let institutions)? = report.data["forum"]?["observers"]?["institutions"] else { Issue.record("no institutions"); return }
        let counted = institutions.compactMap { text($0, "count").flatMap(Int.init) }.reduce(0, +)
        #expect(counted == 36)
    }

    @Test func progressReportsAddUpToTheWholeProject() throws {
        let reports = plans.documents(.progressReport)
        #expect(reports.count == 4)
        let last = try #require(reports.last)
        guard case .list(let indicators)? = last.data["indicators"] else { Issue.record("no indicators"); return }
        let workshops = try #require(indicators.first { text($0, "name")?.contains("warsztatów") == true })
        #expect(text(workshops, "cumulativeText") == "14")
        #expect(text(workshops, "percentText") == "100,0%")
        let perPeriod = reports.compactMap { report -> Int? in
            guard case .list(let rows)? = report.data["indicators"] else { return nil }
            return rows.first { text($0, "name")?.contains("warsztatów") == true }.flatMap { text($0, "inPeriodText") }.flatMap(Int.init)
        }
        #expect(perPeriod.reduce(0, +) == 14)
        #expect(text(last.data, "reach", "total", "unions") == "27")
        #expect(text(last.data, "leaders", "count") == "18")
        let events = reports.compactMap { text($0.data, "eventsCount").flatMap(Int.init) }.reduce(0, +)
        #expect(events == 24)
    }
}

@Suite struct PolishDateRangeTests {
    @Test func rangesAcrossYearsKeepBothYearMarks() {
        #expect(PolishDates.range(["2025-01-01", "2026-12-31"].compactMap { CalendarDate(iso: $0) }) == "1 stycznia 2025 r. – 31 grudnia 2026 r.")
    }
}
