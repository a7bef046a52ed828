import Foundation
import ZitEngine
import ZitPolish
import ZitProject

/// The data of the „Informacja o postępie realizacji projektu” for one reporting period.
/// Every figure comes from the project's data; none is typed into the template.
struct ProgressReport {
    /// Of the whole project, or of the project narrowed to `beneficiary` (`Project.narrowed(to:)`).
    let facts: ProjectFacts
    let period: ReportingPeriod
    /// The one beneficiary whose tasks the report shows; nil for all of them.
    var beneficiary: BeneficiaryID? = nil
    /// The Leaders counted, not named (`DocumentPlans.Selection.withoutPersonalData`).
    var withoutPersonalData = false
    var project: Project { facts.project }

    /// The beneficiaries whose tasks and expenditure are reported.
    private var reported: [Beneficiary] {
        project.beneficiaries.filter { beneficiary == nil || $0.id == beneficiary }
    }

    private func held(in period: ReportingPeriod) -> [Event] {
        project.events.filter { event in event.lastDay.map(period.contains) ?? false }
            .sorted { ($0.firstDay ?? $0.days[0].date) < ($1.firstDay ?? $1.days[0].date) }
    }

    private var upToEnd: [ReportingPeriod] { project.reportingPeriods.filter { $0.start.isOnOrBefore(period.end) } }

    func document() -> PlannedDocument {
        let leader = project.beneficiaries.first { $0.role == .leader }
        let events = held(in: period)
        let eventsData: [TemplateValue] = events.enumerated().map { index, event in
            let people = facts.participants(of: event.id)
            return [
                "number": .string(String(index + 1)), "title": .string(event.title),
                "kindLabel": .string(CommonData.kindLabel(event.kind)),
                "seriesLabel": .string(CommonData.seriesLabel(event, in: project)),
                "datesText": .string(PolishDates.range(event.days.map(\.date))),
                "organiser": .string(project.beneficiary(event.organiser)?.name ?? ""),
                "participants": .string(String(people.count)),
                "women": .string(String(people.filter { $0.sex == .female }.count)),
                "men": .string(String(people.filter { $0.sex == .male }.count))
            ]
        }
        let next = project.reportingPeriods.sorted { $0.start < $1.start }.first { period.end < $0.start }
        let nextEvents: [TemplateValue] =
            next.map { held(in: $0) }.map { events in
                events.map { event in
                    [
                        "title": .string(event.title), "kindLabel": .string(CommonData.kindLabel(event.kind)),
                        "datesText": .string(PolishDates.range(event.days.map(\.date))),
                        "organiser": .string(project.beneficiary(event.organiser)?.name ?? "")
                    ]
                }
            } ?? []
        let data: TemplateValue = [
            "project": ReportData.project(project), "organiser": CommonData.organiser(leader),
            "issue": ReportData.issue(town: leader?.town ?? "", date: period.end),
            "signatory": CommonData.signatory(leader),
            "period": [
                "id": .string(period.id.rawValue), "name": .string(period.name),
                "fromText": .string(PolishDates.day(period.start)), "toText": .string(PolishDates.day(period.end))
            ],
            "beneficiaries": .list(beneficiaries()), "events": .list(eventsData),
            "eventsCount": .string(String(events.count)),
            "indicators": .list(indicators()), "reach": reach(), "leaders": leaders(),
            "expenditure": .list(expenditureRows()), "expenditureTotals": expenditureTotals(),
            "principles": principles(events), "problems": .list(period.problems.map { .string($0) }),
            "nextPeriod": ["name": .string(next?.name ?? ""), "events": .list(nextEvents)]
        ]
        let stem = "informacja-o-postepie-\(period.id)" + (beneficiary.map { "-\($0)" } ?? "")
        return PlannedDocument(fileStem: stem, data: data)
    }

    private func spent(_ task: TaskID, upTo end: CalendarDate, from start: CalendarDate? = nil) -> Decimal {
        project.expenditure.filter { expense in
            guard expense.task == task, let expensePeriod = project.period(expense.period) else { return false }
            return expensePeriod.end.isOnOrBefore(end) && (start.map { $0.isOnOrBefore(expensePeriod.start) } ?? true)
        }.map(\.amount).reduce(0, +)
    }

    /// Events held (their last day) from the project's start to the end of the period.
    private var heldSoFar: [Event] {
        project.events.filter { event in event.lastDay.map { $0.isOnOrBefore(period.end) } ?? false }
    }

    /// Different people at any of the events.
    private func people(at events: [Event]) -> Int {
        Set(events.flatMap { facts.participants(of: $0.id).map(\.id) }).count
    }

    /// A task's progress, from the events linked to it (`zadanie` in wydarzenia.yaml) and its expenditure.
    private func taskData(_ task: ProjectTask) -> TemplateValue {
        let planned = project.plannedBudget[task.id] ?? 0
        let total = spent(task.id, upTo: period.end)
        let inPeriod = spent(task.id, upTo: period.end, from: period.start)
        let linked = project.events.filter { $0.task == task.id }.sorted { $0.days[0].date < $1.days[0].date }
        let now = held(in: period).filter { $0.task == task.id }
        let soFar = heldSoFar.filter { $0.task == task.id }
        let none = linked.isEmpty
        let progress: String
        if none {
            progress = "Zadanie nie obejmuje wydarzeń; jego postęp pokazują wydatki."
        } else if !now.isEmpty {
            progress =
                "W okresie: "
                + now.map { "\(shortLabel($0)) (\(PolishDates.range($0.days.map(\.date))))" }.joined(separator: "; ")
                + "."
        } else if let next = linked.first(where: { event in !soFar.contains { $0.id == event.id } }) {
            progress =
                "W okresie bez wydarzeń zadania; najbliższe: \(shortLabel(next)) (\(PolishDates.range(next.days.map(\.date))))."
        } else {
            progress = "W okresie bez wydarzeń; wszystkie wydarzenia zadania odbyły się wcześniej."
        }
        let amount = { (value: Decimal) in Polish.formatNumber(value, fractionDigits: 2, alwaysGroup: true) }
        return [
            "id": .string(task.id.rawValue), "name": .string(task.name), "progress": .string(progress),
            "hasEvents": .bool(!none),
            "eventsInPeriod": .string(none ? "—" : String(now.count)),
            "eventsTotal": .string(none ? "—" : String(soFar.count)),
            "eventsPlanned": .string(String(linked.count)),
            "eventsTotalText": .string(none ? "—" : "\(soFar.count) z \(linked.count)"),
            "participantsInPeriod": .string(none ? "—" : String(people(at: now))),
            "participantsTotal": .string(none ? "—" : String(people(at: soFar))),
            "eventsHeld": .list(
                now.map { event in
                    [
                        "label": .string(shortLabel(event)), "title": .string(event.title),
                        "datesText": .string(PolishDates.range(event.days.map(\.date))),
                        "participants": .string(String(facts.participants(of: event.id).count))
                    ]
                }),
            "plannedText": .string(ReportFormatting.money(planned)),
            "spentInPeriodText": .string(ReportFormatting.money(inPeriod)),
            "spentTotalText": .string(ReportFormatting.money(total)),
            "plannedAmount": .string(amount(planned)), "spentInPeriodAmount": .string(amount(inPeriod)),
            "spentTotalAmount": .string(amount(total)),
            "percentText": .string(ReportFormatting.percent(total, of: planned))
        ]
    }

    /// "Warsztat 3/5", "Superwizja 2/5", or the kind of event ("Wizyta studyjna").
    private func shortLabel(_ event: Event) -> String {
        let label = CommonData.seriesLabel(event, in: project)
        guard !label.isEmpty else { return CommonData.kindLabel(event.kind) }
        return label.components(separatedBy: " — ")[0]
    }

    private func beneficiaries() -> [TemplateValue] {
        reported.map { beneficiary in
            let tasks: [TemplateValue] = beneficiary.tasks.map(taskData)
            return [
                "name": .string(beneficiary.name), "role": .string(beneficiary.role == .leader ? "Lider" : "Partner"),
                "tasks": .list(tasks)
            ]
        }
    }

    private func indicators() -> [TemplateValue] {
        let before = project.reportingPeriods.filter { $0.end < period.start }.map(\.end).max()
        return project.indicators.map { indicator in
            let cumulative = facts.value(of: indicator.measure, upTo: period.end)
            let earlier = before.map { facts.value(of: indicator.measure, upTo: $0) } ?? 0
            return [
                "name": .string(indicator.name), "targetText": .string(String(indicator.target)),
                "inPeriodText": .string(String(cumulative - earlier)), "cumulativeText": .string(String(cumulative)),
                "percentText": .string(ReportFormatting.percent(cumulative, of: indicator.target))
            ]
        }
    }

    private func reach() -> TemplateValue {
        func values(_ reach: ProjectFacts.Reach) -> TemplateValue {
            [
                "participants": .string(String(reach.participants)), "women": .string(String(reach.women)),
                "men": .string(String(reach.men)), "institutions": .string(String(reach.institutions)),
                "unions": .string(String(reach.unions)), "newUnions": .string(String(reach.newUnions))
            ]
        }
        return [
            "period": values(facts.reach(in: period)), "total": values(facts.reach(to: period.end)),
            "unionsTotal": .string(String(project.unions.count)),
            "newUnionsTotal": .string(String(project.unions.filter(\.isNew).count))
        ]
    }

    /// What stands for the Leaders' names in a report without personal data.
    static let namesLeftOut = "imiona i nazwiska pominięte w wersji sprawozdania bez danych osobowych"

    private func leaders() -> TemplateValue {
        let target = project.indicators.first { $0.measure == .leaders }?.target ?? 15
        let upToEnd = ProjectFacts(projectUpTo(period.end)).leaders
        // An empty list means "no Leader yet" to the templates, so a report without personal data
        // keeps one entry that says the names were left out rather than contradicting its count.
        let names: [TemplateValue] =
            !withoutPersonalData
            ? upToEnd.map { .string($0.fullName) }
            : upToEnd.isEmpty ? [] : [.string(Self.namesLeftOut)]
        return [
            "count": .string(String(upToEnd.count)), "target": .string(String(target)), "names": .list(names)
        ]
    }

    private func projectUpTo(_ end: CalendarDate) -> Project {
        var copy = project
        copy.attendance = project.attendance.filter { $0.date.isOnOrBefore(end) }
        return copy
    }

    private func expenditureRows() -> [TemplateValue] {
        reported.flatMap { beneficiary in
            beneficiary.tasks.map { task -> TemplateValue in
                let planned = project.plannedBudget[task.id] ?? 0
                let total = spent(task.id, upTo: period.end)
                return [
                    "task": .string("\(task.id) \(task.name)"), "beneficiary": .string(beneficiary.name),
                    "plannedText": .string(ReportFormatting.money(planned)),
                    "inPeriodText": .string(
                        ReportFormatting.money(spent(task.id, upTo: period.end, from: period.start))),
                    "cumulativeText": .string(ReportFormatting.money(total)),
                    "percentText": .string(ReportFormatting.percent(total, of: planned))
                ]
            }
        }
    }

    private func expenditureTotals() -> TemplateValue {
        let tasks = reported.flatMap(\.tasks).map(\.id)
        let planned = tasks.map { project.plannedBudget[$0] ?? 0 }.reduce(0, +)
        let inPeriod = tasks.map { spent($0, upTo: period.end, from: period.start) }.reduce(0, +)
        let total = tasks.map { spent($0, upTo: period.end) }.reduce(0, +)
        return [
            "plannedText": .string(ReportFormatting.money(planned)),
            "inPeriodText": .string(ReportFormatting.money(inPeriod)),
            "cumulativeText": .string(ReportFormatting.money(total)),
            "percentText": .string(ReportFormatting.percent(total, of: planned))
        ]
    }

    private func principles(_ events: [Event]) -> TemplateValue {
        let reach = facts.reach(in: period)
        let people = Set(events.flatMap { facts.participants(of: $0.id) }.map(\.id))
        var needs: [String: Int] = [:]
        for person in project.participants where people.contains(person.id) && !person.needs.isEmpty {
            needs[person.needs, default: 0] += 1
        }
        let online = events.filter { if case .online = $0.mode { true } else { false } }.count
        return [
            "womenShareText": .string(ReportFormatting.percent(reach.women, of: reach.participants)),
            "needs": .list(
                Polish.sorted(Array(needs.keys)).map { ["need": .string($0), "count": .string(String(needs[$0] ?? 0))] }
            ),
            "onlineEvents": .string(String(online)), "onSiteEvents": .string(String(events.count - online))
        ]
    }
}
