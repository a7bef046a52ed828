import Foundation
import ZitPolish

/// Checks that need more than one file: every id points at something that exists, dates fall
/// where they must, money adds up, and the Leader target can still be met.
struct CrossChecks {
    let project: Project
    var log: ProblemLog

    init(project: Project, log: ProblemLog) {
        self.project = project
        self.log = log
    }

    mutating func run(
        projectFile: ProjectFile, institutionsFile: InstitutionsFile, eventsFile: EventsFile? = nil,
        forumFile: ForumFile?,
        participantsList: ParticipantsList, attendanceList: AttendanceList
    ) {
        let files = ProjectLoader.files
        unique(project.beneficiaries.map(\.id), what: "beneficjenta", file: files.project)
        unique(project.beneficiaries.flatMap(\.tasks).map(\.id), what: "zadania", file: files.project)
        unique(project.reportingPeriods.map(\.id), what: "okresu sprawozdawczego", file: files.project)
        unique(project.unions.map(\.id), what: "związku ZIT", file: files.institutions)
        unique(project.institutions.map(\.id), what: "instytucji", file: files.institutions)
        unique(project.events.map(\.id), what: "wydarzenia", file: files.events)

        let beneficiaries = Set(project.beneficiaries.map(\.id))
        let unions = Set(project.unions.map(\.id))
        let tasks = Set(project.beneficiaries.flatMap(\.tasks).map(\.id))
        let periods = Set(project.reportingPeriods.map(\.id))
        let institutions = Set(project.institutions.map(\.id))

        for beneficiary in project.beneficiaries {
            if let union = beneficiary.union, !unions.contains(union) {
                log.error(
                    "beneficjent \(beneficiary.id) ma wpisany związek ZIT \(union), którego nie ma w pliku \(files.institutions).",
                    at: SourceLocation(file: files.project, column: "związek"))
            }
        }
        for (institution, place) in institutionsFile.institutions {
            if let union = institution.union, !unions.contains(union) {
                log.error("związku ZIT \(union) nie ma na liście „związki_zit”.", at: place)
            }
        }
        for event in project.events {
            if !beneficiaries.contains(event.organiser) {
                log.error(
                    "organizator \(event.organiser) wydarzenia \(event.id) nie jest beneficjentem w pliku \(files.project) (beneficjenci: \(beneficiaries.sorted().map(\.rawValue).joined(separator: ", "))).",
                    at: event.source)
            }
            checkTask(of: event, place: eventsFile?.taskSource[event.id] ?? event.source)
            for day in event.days where !(project.start.isOnOrBefore(day.date) && day.date.isOnOrBefore(project.end)) {
                log.error(
                    "wydarzenie \(event.id) odbywa się w dniu \(day.date), poza okresem realizacji projektu (\(project.start) – \(project.end)).",
                    at: event.source)
            }
        }
        checkSeries()
        for (task, place) in projectFile.plannedBudgetSource where !tasks.contains(task) {
            log.error("zadanie \(task) nie jest zadaniem żadnego beneficjenta.", at: place)
        }
        let planned = project.plannedBudget.values.reduce(0, +)
        if !project.plannedBudget.isEmpty, planned != project.budget {
            log.warning(
                "budżety zadań sumują się do \(Polish.formatMoney(planned)), a budżet projektu wynosi \(Polish.formatMoney(project.budget)).",
                at: SourceLocation(file: files.project, column: "budżet_zadań"))
        }
        for (expense, place) in projectFile.expenditure {
            if !tasks.contains(expense.task) {
                log.error("zadanie \(expense.task) nie jest zadaniem żadnego beneficjenta.", at: place)
            }
            if !periods.contains(expense.period) {
                log.error(
                    "okresu sprawozdawczego \(expense.period) nie ma na liście „okresy_sprawozdawcze”.", at: place)
            }
        }
        for (beneficiary, place) in forumFile?.raisedBySource ?? [] where !beneficiaries.contains(beneficiary) {
            log.error("\(beneficiary) nie jest beneficjentem projektu.", at: place)
        }
        if let forum = forumFile?.forum, !forum.challenges.isEmpty {
            for beneficiary in project.beneficiaries {
                let count = forum.challenges.filter { $0.raisedBy == beneficiary.id }.count
                if count != 3 {
                    log.warning(
                        "beneficjent \(beneficiary.id) ma \(Polish.counted(count, one: "wyzwanie", few: "wyzwania", many: "wyzwań")) Forum; projekt zakłada 3 wyzwania od każdego beneficjenta.",
                        at: SourceLocation(file: files.forum, column: "wyzwania"))
                }
            }
        }
        for reference in participantsList.institutions where !institutions.contains(reference.institution) {
            let person = reference.person.isEmpty ? "" : ", z której jest \(reference.person),"
            log.error(
                "instytucji \(reference.institution)\(person) nie ma w pliku \(files.institutions).",
                at: reference.source)
        }
        checkAttendance(attendanceList.references, writtenIDs: participantsList.writtenIDs)
        checkLeaderTarget()
    }

    /// Every event counts towards one task in the progress report: the task must exist, and is
    /// normally one of the organiser's own.
    private mutating func checkTask(of event: Event, place: SourceLocation) {
        let tasks = project.beneficiaries.flatMap { beneficiary in beneficiary.tasks.map { ($0.id, beneficiary.id) } }
        guard let task = event.task else {
            let own = project.beneficiary(event.organiser)?.tasks.map(\.id.rawValue) ?? []
            let hint = own.isEmpty ? "" : " (zadania organizatora \(event.organiser): \(own.joined(separator: ", ")))"
            log.warning(
                "wydarzenie \(event.id) nie ma pola „zadanie”, więc w informacji o postępie nie zostanie policzone "
                    + "przy żadnym zadaniu; wpisz identyfikator zadania z \(ProjectLoader.files.project)\(hint).",
                at: place)
            return
        }
        guard let owner = tasks.first(where: { $0.0 == task })?.1 else {
            log.error(
                "zadanie \(task) wydarzenia \(event.id) nie występuje w \(ProjectLoader.files.project); "
                    + "dozwolone: \(tasks.map(\.0.rawValue).joined(separator: ", ")).", at: place)
            return
        }
        if owner != event.organiser {
            log.warning(
                "wydarzenie \(event.id) organizuje \(event.organiser), a zadanie \(task) należy do \(owner); sprawdź, czy to właściwe zadanie.",
                at: place)
        }
    }

    private mutating func unique<Kind>(_ ids: [Identifier<Kind>], what: String, file: String) {
        var seen = Set<Identifier<Kind>>()
        for id in ids where !seen.insert(id).inserted {
            log.error("identyfikator \(what) \(id) występuje dwa razy.", at: SourceLocation(file: file))
        }
    }

    /// Workshops and supervisions are numbered 1…n within their series ("Warsztat 2/5").
    private mutating func checkSeries() {
        var numbers: [String: [(Int, Event)]] = [:]
        for event in project.events {
            switch event.kind {
            case .workshop(let series, let number): numbers[series.rawValue, default: []].append((number, event))
            case .supervision(let number): numbers["superwizje", default: []].append((number, event))
            default: break
            }
        }
        for (series, entries) in numbers {
            let sorted = entries.map(\.0).sorted()
            if sorted != Array(1...max(1, sorted.count)) {
                log.error(
                    "wydarzenia z serii „\(series)” mają numery \(sorted.map(String.init).joined(separator: ", ")); ponumeruj je od 1 do \(sorted.count).",
                    at: entries[0].1.source)
            }
        }
    }

    /// Each row's person, event and date, each at its own cell; a row with an unknown person is
    /// still checked for its event, so that all of its problems are reported at once. A person
    /// whose own row has mistakes is on the list: those mistakes are reported at that row only.
    private mutating func checkAttendance(_ references: [AttendanceReferences], writtenIDs: Set<ParticipantID>) {
        let participants = Set(project.participants.map(\.id)).union(writtenIDs)
        let events = Dictionary(project.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for row in references {
            if let participant = row.participant, !participants.contains(participant.id) {
                log.error(
                    "osoby o identyfikatorze \(participant.id) nie ma na liście uczestników (\(ParticipantsList.base)); dopisz ją do listy albo popraw identyfikator.",
                    at: participant.source)
            }
            guard let named = row.event else { continue }
            guard let event = events[named.id] else {
                log.error("wydarzenia \(named.id) nie ma w pliku \(ProjectLoader.files.events).", at: named.source)
                continue
            }
            if let day = row.date, !event.isHeld(on: day.date) {
                let days = event.days.map(\.date.description).joined(separator: ", ")
                log.error(
                    "wydarzenie \(named.id) nie odbywało się w dniu \(day.date) (dni wydarzenia: \(days)).",
                    at: day.source)
            }
        }
        var seen = Set<String>()
        for row in project.attendance where participants.contains(row.participant) && events[row.event] != nil {
            if !seen.insert("\(row.participant)|\(row.event)|\(row.date)").inserted {
                log.warning(
                    "obecność \(row.participant) na wydarzeniu \(row.event) w dniu \(row.date) jest wpisana dwa razy.",
                    at: row.source)
            }
        }
    }

    /// Leaders take part in at least 10 forms of support: with the events still to come, can the target be reached?
    private mutating func checkLeaderTarget() {
        guard let target = project.indicators.first(where: { $0.measure == .leaders })?.target else { return }
        if project.events.count < ProjectFacts.leaderThreshold {
            log.error(
                "plan obejmuje \(Polish.counted(project.events.count, one: "wydarzenie", few: "wydarzenia", many: "wydarzeń")), więc nikt nie osiągnie \(ProjectFacts.leaderThreshold) form wsparcia wymaganych od Lidera.",
                at: SourceLocation(file: ProjectLoader.files.events))
            return
        }
        let facts = ProjectFacts(project)
        let lastRecorded = project.attendance.map(\.date).max()
        let remaining = project.events.filter { event in
            guard let first = event.firstDay, let lastRecorded else { return true }
            return !first.isOnOrBefore(lastRecorded)
        }.count
        let possible = project.participants.filter {
            facts.formsAttended($0.id) + remaining >= ProjectFacts.leaderThreshold
        }.count
        if possible < target {
            log.warning(
                "\(ProjectFacts.leaderThreshold) form wsparcia może jeszcze osiągnąć tylko \(Polish.counted(possible, one: "uczestnik", few: "uczestników", many: "uczestników")) (pozostałe wydarzenia: \(remaining)), a wskaźnik zakłada \(Polish.counted(target, one: "Lidera", few: "Liderów", many: "Liderów")).",
                at: SourceLocation(file: ProjectLoader.files.project, column: "wskaźniki"))
        }
    }
}
