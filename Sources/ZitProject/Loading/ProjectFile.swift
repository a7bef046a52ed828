import Foundation
import ZitPolish

/// projekt.yaml: the project, its beneficiaries and tasks, reporting periods, indicators, money.
struct ProjectFile {
    var title = "", number = "", programme = "", fundingAuthority = ""
    var start = CalendarDate(year: 2025, month: 1, day: 1)!
    var end = CalendarDate(year: 2026, month: 12, day: 31)!
    var budget: Decimal = 0
    var grantPercent: Decimal = 100
    var logo: String?
    var logoDescription = ""
    var certificateNumbering = "{nr}/{rok}/{seria}"
    var verificationAddress: VerificationAddress?
    var beneficiaries: [Beneficiary] = []
    var periods: [ReportingPeriod] = []
    var indicators: [Indicator] = []
    var plannedBudget: [TaskID: Decimal] = [:]
    var plannedBudgetSource: [TaskID: SourceLocation] = [:]
    var expenditure: [(Expenditure, SourceLocation)] = []

    init(_ root: YAMLNode, log: inout ProblemLog) {
        if let project = root["projekt"] {
            title = project.text("tytuł", log: &log) ?? ""
            number = project.text("numer", log: &log) ?? ""
            programme = project.text("program", log: &log) ?? ""
            fundingAuthority = project.text("instytucja_finansująca", log: &log) ?? ""
            if let period = project["okres"] {
                start = period.date("od", log: &log) ?? start
                end = period.date("do", log: &log) ?? end
            } else {
                log.error("brak pola „okres” (od, do).", at: project.location(of: "okres"))
            }
            budget = project.decimal("budżet", log: &log) ?? 0
            grantPercent = project.decimal("dofinansowanie_procent", required: false, log: &log) ?? 100
            logo = project.text("logo", required: false, log: &log)
            logoDescription =
                project.text("logo_opis", required: false, log: &log)
                ?? "Fundusze Europejskie, Rzeczpospolita Polska, Dofinansowane przez Unię Europejską"
            certificateNumbering =
                project.text("numeracja_zaświadczeń", required: false, log: &log) ?? certificateNumbering
            if let text = project.text("adres_weryfikacji", required: false, log: &log) {
                verificationAddress = VerificationAddress(text)
                if verificationAddress == nil {
                    log.error(
                        "„\(text)” nie jest adresem strony; wpisz pełny adres serwisu zaczynający się od https:// (np. https://zit.example.pl), bez spacji, znaku ? ani #.",
                        at: project.location(of: "adres_weryfikacji"))
                }
            }
        } else {
            log.error("brak grupy „projekt”.", at: root.location)
        }

        for node in root.list("beneficjenci", log: &log) {
            guard let id = node.text("id", log: &log), let name = node.text("nazwa", log: &log),
                let role = node.choice("rola", as: Beneficiary.Role.self, log: &log)
            else { continue }
            let tasks = node.list("zadania", log: &log).compactMap { task -> ProjectTask? in
                guard let id = task.text("id", log: &log), let name = task.text("nazwa", log: &log) else { return nil }
                return ProjectTask(id: TaskID(id), name: name)
            }
            let signatories = node.list("podpisujący", required: false, log: &log).compactMap { person -> Signatory? in
                guard let name = person.text("imię_i_nazwisko", log: &log),
                    let position = person.text("stanowisko", log: &log)
                else { return nil }
                return Signatory(
                    name: name, position: position, signature: person.text("podpis", required: false, log: &log))
            }
            beneficiaries.append(
                Beneficiary(
                    id: BeneficiaryID(id), name: name, role: role,
                    town: node.text("miejscowość", required: false, log: &log) ?? "",
                    union: node.text("związek", required: false, log: &log).map { UnionID($0) }, tasks: tasks,
                    signatories: signatories, logo: node.text("logo", required: false, log: &log)))
        }

        for node in root.list("okresy_sprawozdawcze", log: &log) {
            guard let id = node.text("id", log: &log), let name = node.text("nazwa", log: &log),
                let from = node.date("od", log: &log), let to = node.date("do", log: &log)
            else { continue }
            if !from.isOnOrBefore(to) {
                log.error("okres \(id) kończy się (\(to)), zanim się zaczyna (\(from)).", at: node.location)
            }
            periods.append(
                ReportingPeriod(
                    id: PeriodID(id), name: name, start: from, end: to, problems: node.texts("problemy", log: &log)))
        }

        for node in root.list("wskaźniki", log: &log) {
            guard let id = node.text("id", log: &log), let name = node.text("nazwa", log: &log),
                let measure = node.choice("miara", as: Indicator.Measure.self, log: &log),
                let target = node.integer("cel", log: &log)
            else { continue }
            indicators.append(Indicator(id: IndicatorID(id), name: name, measure: measure, target: target))
        }

        for node in root.list("budżet_zadań", required: false, log: &log) {
            guard let task = node.text("zadanie", log: &log), let amount = node.decimal("kwota", log: &log) else {
                continue
            }
            plannedBudget[TaskID(task), default: 0] += amount
            plannedBudgetSource[TaskID(task)] = node.location
        }
        for node in root.list("wydatki", required: false, log: &log) {
            guard let task = node.text("zadanie", log: &log), let period = node.text("okres", log: &log),
                let amount = node.decimal("kwota", log: &log)
            else { continue }
            expenditure.append(
                (Expenditure(task: TaskID(task), period: PeriodID(period), amount: amount), node.location))
        }
    }
}
