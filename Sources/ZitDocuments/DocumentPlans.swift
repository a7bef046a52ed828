import ZitEngine
import ZitPolish
import ZitProject

/// Which documents a kind makes for a project, with the data each one is filled with.
public struct DocumentPlans {
    public let facts: ProjectFacts
    /// Blank numbered rows at the end of an attendance list, for people who come unregistered.
    static let blankRows = 5

    public init(_ facts: ProjectFacts) {
        self.facts = facts
    }

    private var project: Project { facts.project }

    public struct Selection: Sendable {
        public var event: EventID?
        public var participant: ParticipantID?
        /// A progress report's period; for attendance lists and certificates, the events held
        /// (their last day) in it.
        public var period: PeriodID?
        /// A progress report narrowed to one beneficiary: its own tasks and the events it organised.
        public var beneficiary: BeneficiaryID?
        /// A report for readers who may see no personal data (the funding authority): the
        /// Leaders are counted against their target, never named.
        public var withoutPersonalData: Bool
        public init(
            event: EventID? = nil, participant: ParticipantID? = nil, period: PeriodID? = nil,
            beneficiary: BeneficiaryID? = nil, withoutPersonalData: Bool = false
        ) {
            self.event = event
            self.participant = participant
            self.period = period
            self.beneficiary = beneficiary
            self.withoutPersonalData = withoutPersonalData
        }
    }

    public func documents(_ kind: DocumentKind, selection: Selection = Selection()) -> [PlannedDocument] {
        switch kind {
        case .attendance: attendanceLists(selection)
        case .certificates: certificates(selection)
        case .leaderCertificates: leaderCertificates(selection)
        case .forumReport: [ForumReport(facts: facts).document()]
        case .progressReport:
            progressReports(selection)
        }
    }

    /// One per reporting period; narrowed to a beneficiary, every figure is of its own events
    /// (and the people who attended them) and its own tasks' expenditure.
    func progressReports(_ selection: Selection) -> [PlannedDocument] {
        let reported = selection.beneficiary.map { ProjectFacts(project.narrowed(to: $0)) } ?? self.facts
        return project.reportingPeriods.filter { selection.period == nil || $0.id == selection.period }
            .map {
                ProgressReport(
                    facts: reported, period: $0, beneficiary: selection.beneficiary,
                    withoutPersonalData: selection.withoutPersonalData
                ).document()
            }
    }

    /// The events asked for: one, those held (their last day) in a reporting period, or all.
    func events(_ selection: Selection) -> [Event] {
        let period = selection.period.flatMap(project.period)
        return project.events.filter { event in
            guard selection.event == nil || event.id == selection.event else { return false }
            guard let period else { return true }
            return event.lastDay.map(period.contains) ?? false
        }
    }

    /// One list per event, a sheet per day, pre-filled in Polish alphabetical order.
    func attendanceLists(_ selection: Selection) -> [PlannedDocument] {
        events(selection).map { event in
            let people = facts.participants(of: event.id)
            let online = if case .online = event.mode { true } else { false }
            let days: [TemplateValue] = event.days.enumerated().map { index, day in
                let rows: [TemplateValue] = people.enumerated().map { number, person in
                    let present = project.attendance.contains {
                        $0.participant == person.id && $0.event == event.id && $0.date == day.date
                    }
                    let presence =
                        !present
                        ? "—"
                        : person.sex == .female
                            ? "obecna wg logu platformy"
                            : person.sex == .male ? "obecny wg logu platformy" : "obecność wg logu platformy"
                    return [
                        "number": .string(String(number + 1)), "name": .string(person.fullName),
                        "institution": .string(project.institution(person.institution)?.name ?? ""),
                        "presence": .string(online ? presence : "")
                    ]
                }
                let blanks: [TemplateValue] = (0..<Self.blankRows).map {
                    ["number": .string(String(people.count + $0 + 1))]
                }
                return [
                    "date": .string(day.date.description), "dateText": .string(PolishDates.day(day.date)),
                    "dayLabel": .string(event.days.count > 1 ? "Dzień \(index + 1) z \(event.days.count)" : ""),
                    "hoursText": .string(CommonData.hours(day)), "participants": .list(rows),
                    "emptyRows": .list(blanks),
                    "totals": [
                        "women": .string(String(people.filter { $0.sex == .female }.count)),
                        "men": .string(String(people.filter { $0.sex == .male }.count)),
                        "all": .string(String(people.count))
                    ]
                ]
            }
            let data: TemplateValue = [
                "project": CommonData.project(project),
                "organiser": CommonData.organiser(project.beneficiary(event.organiser)),
                "event": CommonData.event(event, in: project), "days": .list(days)
            ]
            return PlannedDocument(fileStem: "lista-obecnosci-\(event.id)", data: data)
        }
    }

    /// One per participant per event attended.
    func certificates(_ selection: Selection) -> [PlannedDocument] {
        var documents: [PlannedDocument] = []
        for event in events(selection) {
            let organiser = project.beneficiary(event.organiser)
            for person in people(of: event.id, only: selection.participant) {
                let issued = event.lastDay ?? project.end
                let data: TemplateValue = [
                    "number": "",
                    "project": CommonData.project(project), "organiser": CommonData.organiser(organiser),
                    "event": CommonData.event(event, in: project),
                    "participant": CommonData.participant(person, in: project),
                    "issue": ["place": .string(organiser?.town ?? ""), "dateText": .string(PolishDates.day(issued))],
                    "signatory": CommonData.signatory(organiser)
                ]
                documents.append(
                    PlannedDocument(
                        fileStem: "zaswiadczenie-\(event.id)-\(person.lastName)-\(person.firstName)", data: data,
                        certificate: .init(
                            participant: person.id.rawValue, subject: event.id.rawValue,
                            series: CertificateSeries.of(event), year: issued.year, name: person.fullName)))
            }
        }
        return documents
    }

    /// The event's participants in Polish alphabetical order, or only the one asked for (the
    /// server's common request: one person's certificate, not worth sorting everyone for).
    private func people(of event: EventID, only participant: ParticipantID?) -> [Participant] {
        guard let participant else { return facts.participants(of: event) }
        guard facts.attended(participant, event) else { return [] }
        return project.participants.filter { $0.id == participant }
    }

    /// For participants with at least ten forms of support, listing them with dates.
    func leaderCertificates(_ selection: Selection) -> [PlannedDocument] {
        let leader = project.beneficiaries.first { $0.role == .leader }
        return facts.leaders.filter { selection.participant == nil || $0.id == selection.participant }.map { person in
            let events = facts.events(attendedBy: person.id)
            let forms: [TemplateValue] = events.enumerated().map { index, event in
                [
                    "number": .string(String(index + 1)), "kindLabel": .string(CommonData.kindLabel(event.kind)),
                    "seriesLabel": .string(CommonData.seriesLabel(event, in: project)), "title": .string(event.title),
                    "datesText": .string(PolishDates.range(event.days.map(\.date)))
                ]
            }
            let issued = events.compactMap(\.lastDay).max() ?? project.end
            let data: TemplateValue = [
                "number": "", "project": CommonData.project(project),
                "organiser": CommonData.organiser(leader), "participant": CommonData.participant(person, in: project),
                "formsCount": .string(String(events.count)), "forms": .list(forms),
                "issue": ["place": .string(leader?.town ?? ""), "dateText": .string(PolishDates.day(issued))],
                "signatory": CommonData.signatory(leader)
            ]
            return PlannedDocument(
                fileStem: "certyfikat-lidera-\(person.lastName)-\(person.firstName)", data: data,
                certificate: .init(
                    participant: person.id.rawValue, subject: CertificateSeries.leader,
                    series: CertificateSeries.leader, year: issued.year, name: person.fullName))
        }
    }
}
