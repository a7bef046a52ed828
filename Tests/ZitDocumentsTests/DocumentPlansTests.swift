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

    @Test func fileNamesAreSafeAndUnique() {
        #expect(
            Generator.fileNames(
                ["zaswiadczenie-WZP-2-Żak-Łucja", "zaswiadczenie-WZP-2-Żak-Łucja", "../../etc/passwd"],
                extension: "docx")
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
        guard case .list(let institutions)? = report.data["forum"]?["observers"]?["institutions"] else {
            Issue.record("no institutions"); return
        }
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
            return rows.first { text($0, "name")?.contains("warsztatów") == true }.flatMap { text($0, "inPeriodText") }
                .flatMap(Int.init)
        }
        #expect(perPeriod.reduce(0, +) == 14)
        #expect(text(last.data, "reach", "total", "unions") == "27")
        #expect(text(last.data, "leaders", "count") == "18")
        let events = reports.compactMap { text($0.data, "eventsCount").flatMap(Int.init) }.reduce(0, +)
        #expect(events == 24)
    }

    func task(_ id: String, in report: PlannedDocument) -> TemplateValue? {
        guard case .list(let beneficiaries)? = report.data["beneficiaries"] else { return nil }
        for beneficiary in beneficiaries {
            guard case .list(let tasks)? = beneficiary["tasks"] else { continue }
            if let task = tasks.first(where: { text($0, "id") == id }) { return task }
        }
        return nil
    }

    /// What a person checks in section 2 for the first half of 2026, against the sample data by hand:
    /// WMOF-3 (12.03) and WMOF-4 (20.05) were held for Z4, WMOF-1 and WMOF-2 in 2025; WMOF-5 is to come.
    @Test func theProgressReportShowsEachTasksEventsParticipantsAndExpenditure() throws {
        let report = try #require(plans.documents(.progressReport, selection: .init(period: "2026-1")).first)
        let z4 = try #require(task("Z4", in: report))
        #expect(text(z4, "eventsInPeriod") == "2")
        #expect(text(z4, "eventsTotalText") == "4 z 5")
        #expect(text(z4, "participantsInPeriod") == "34")
        #expect(text(z4, "participantsTotal") == "48")
        #expect(text(z4, "plannedAmount") == "110\u{00A0}000,00")
        #expect(text(z4, "spentInPeriodAmount") == "38\u{00A0}912,75")
        #expect(text(z4, "spentTotalAmount") == "72\u{00A0}957,95")
        #expect(text(z4, "percentText") == "66,3%")
        #expect(text(z4, "progress") == "W okresie: Warsztat 3/5 (12 marca 2026 r.); Warsztat 4/5 (20 maja 2026 r.).")
        // The Forum (Z2): the preparatory meeting in 2025 and the meeting itself, 36 observers, in this period.
        let z2 = try #require(task("Z2", in: report))
        #expect(
            [text(z2, "eventsInPeriod"), text(z2, "eventsTotalText"), text(z2, "participantsInPeriod")] == [
                "1", "2 z 2", "36"
            ])
        // The conference (Z7) is still to come; the handbook (Z3) has no events at all.
        let z7 = try #require(task("Z7", in: report))
        #expect(text(z7, "eventsTotalText") == "0 z 1")
        #expect(
            text(z7, "progress")
                == "W okresie bez wydarzeń zadania; najbliższe: Konferencja podsumowująca (19 listopada 2026 r.).")
        let z3 = try #require(task("Z3", in: report))
        #expect(text(z3, "eventsInPeriod") == "—" && text(z3, "participantsTotal") == "—")
        #expect(text(z3, "spentTotalText") == "22\u{00A0}500,00\u{00A0}zł")
    }

    /// Every task's figures in every period agree with a count straight from the attendance list,
    /// and over the four periods each task's events add up to those linked to it in wydarzenia.yaml.
    @Test func taskFiguresAgreeWithTheAttendanceListInEveryPeriod() throws {
        let project = plans.facts.project
        let reports = plans.documents(.progressReport)
        let tasks = project.beneficiaries.flatMap(\.tasks)
        #expect(project.events.allSatisfy { $0.task != nil }, "every sample event names its task")
        var heldPerTask: [String: Int] = [:]
        for (period, report) in zip(project.reportingPeriods, reports) {
            for task in tasks {
                let data = try #require(self.task(task.id.rawValue, in: report))
                let linked = project.events.filter { $0.task == task.id }
                guard !linked.isEmpty else {
                    #expect(text(data, "eventsTotalText") == "—")
                    continue
                }
                let soFar = linked.filter { $0.lastDay!.isOnOrBefore(period.end) }
                let now = soFar.filter { period.contains($0.lastDay!) }
                let people = { (events: [Event]) in
                    Set(project.attendance.filter { row in events.contains { $0.id == row.event } }.map(\.participant))
                        .count
                }
                #expect(text(data, "eventsInPeriod") == String(now.count), "\(task.id) \(period.id)")
                #expect(text(data, "eventsTotalText") == "\(soFar.count) z \(linked.count)", "\(task.id) \(period.id)")
                #expect(text(data, "participantsInPeriod") == String(people(now)), "\(task.id) \(period.id)")
                #expect(text(data, "participantsTotal") == String(people(soFar)), "\(task.id) \(period.id)")
                heldPerTask[task.id.rawValue, default: 0] += Int(text(data, "eventsInPeriod") ?? "") ?? 0
            }
        }
        #expect(heldPerTask == ["Z1": 1, "Z2": 2, "Z4": 5, "Z6": 4, "Z7": 1, "Z8": 1, "Z9": 5, "Z10": 5])
    }

    @Test func theForumProgrammeHasBothMeetingsWithinTheirHours() throws {
        let report = try #require(plans.documents(.forumReport).first)
        guard case .list(let agenda)? = report.data["forum"]?["agenda"] else { Issue.record("no agenda"); return }
        let days = agenda.filter { $0["isDay"] == .bool(true) }.compactMap { text($0, "item") }
        #expect(days.count == 2)
        #expect(days[0].hasPrefix("26 listopada 2025 r. — Spotkanie przygotowawcze online (MS Teams)"))
        #expect(days[1].hasPrefix("15 kwietnia 2026 r. — Spotkanie stacjonarne w Kaliszu"))
        let times = agenda.compactMap { text($0, "time") }.filter { !$0.isEmpty }
        #expect(times.first == "10:00–10:15" && times.last == "15:40–16:00")
        #expect(agenda.count == 17)
    }
}

/// Pictures the project names (a signature per signatory, a logo per beneficiary), in the data.
extension DocumentPlansTests {
    @Test func aSignatureAndALogoGivenInTheProjectReachTheDocumentsData() throws {
        var project = try #require(ProjectLoader.load(folder: Self.folder).project)
        let organiser = try #require(project.event("WIZYTA")?.organiser)
        let index = try #require(project.beneficiaries.firstIndex { $0.id == organiser })
        let without = DocumentPlans(ProjectFacts(project))
        let plain = try #require(without.documents(.certificates, selection: .init(event: "WIZYTA")).first)
        #expect(plain.data["signatory"]?["signature"] == nil)
        #expect(
            without.documents(.attendance, selection: .init(event: "WIZYTA")).first?.data["organiser"]?["logo"] == nil)

        project.beneficiaries[index].signatories[0].signature = "podpisy/prezes.png"
        project.beneficiaries[index].logo = "loga/partner.png"
        let with = DocumentPlans(ProjectFacts(project))
        let certificate = try #require(with.documents(.certificates, selection: .init(event: "WIZYTA")).first)
        #expect(text(certificate.data, "signatory", "signature", "obraz") == "podpisy/prezes.png")
        #expect(certificate.data["signatory"]?["signature"]?["proporcje"] == .bool(true))
        let list = try #require(with.documents(.attendance, selection: .init(event: "WIZYTA")).first)
        #expect(text(list.data, "organiser", "logo", "obraz") == "loga/partner.png")
    }
}
