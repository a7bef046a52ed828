import ZitPolish

/// What follows from the data, computed once so documents and reports never count by themselves.
public struct ProjectFacts: Sendable {
    /// A Leader (Lider Samorządowy) takes part in at least this many forms of support.
    public static let leaderThreshold = 10

    public let project: Project
    private let eventsByParticipant: [ParticipantID: Set<EventID>]
    private let participantsByEvent: [EventID: Set<ParticipantID>]

    public init(_ project: Project) {
        self.project = project
        var byParticipant: [ParticipantID: Set<EventID>] = [:]
        var byEvent: [EventID: Set<ParticipantID>] = [:]
        for row in project.attendance {
            byParticipant[row.participant, default: []].insert(row.event)
            byEvent[row.event, default: []].insert(row.participant)
        }
        eventsByParticipant = byParticipant
        participantsByEvent = byEvent
    }

    /// Each event attended (on any of its days) is one form of support.
    public func formsAttended(_ participant: ParticipantID) -> Int { eventsByParticipant[participant]?.count ?? 0 }

    public func events(attendedBy participant: ParticipantID) -> [Event] {
        let ids = eventsByParticipant[participant] ?? []
        return project.events.filter { ids.contains($0.id) }.sorted {
            ($0.firstDay ?? $0.days[0].date) < ($1.firstDay ?? $1.days[0].date)
        }
    }

    /// Whether the participant attended the event (on any of its days).
    public func attended(_ participant: ParticipantID, _ event: EventID) -> Bool {
        participantsByEvent[event]?.contains(participant) ?? false
    }

    public func participants(of event: EventID) -> [Participant] {
        let ids = participantsByEvent[event] ?? []
        return Polish.sorted(project.participants.filter { ids.contains($0.id) }) { "\($0.lastName) \($0.firstName)" }
    }

    /// Participants with at least `leaderThreshold` forms of support, in Polish alphabetical order.
    public var leaders: [Participant] {
        Polish.sorted(project.participants.filter { formsAttended($0.id) >= Self.leaderThreshold }) {
            "\($0.lastName) \($0.firstName)"
        }
    }

    /// Those one form short of becoming Leaders.
    public var oneFormShort: [Participant] {
        project.participants.filter { formsAttended($0.id) == Self.leaderThreshold - 1 }
    }

    /// Who and what was reached: up to a date (cumulative) or within a period.
    public struct Reach: Sendable, Equatable {
        public var participants: Int
        public var women: Int
        public var men: Int
        public var sexNotGiven: Int
        public var institutions: Int
        public var unions: Int
        public var newUnions: Int
    }

    public func reach(from start: CalendarDate? = nil, to end: CalendarDate? = nil) -> Reach {
        let rows = project.attendance.filter { row in
            (start.map { $0.isOnOrBefore(row.date) } ?? true) && (end.map { row.date.isOnOrBefore($0) } ?? true)
        }
        let ids = Set(rows.map(\.participant))
        let people = project.participants.filter { ids.contains($0.id) }
        let institutionIDs = Set(people.map(\.institution))
        let unionIDs = Set(project.institutions.filter { institutionIDs.contains($0.id) }.compactMap(\.union))
        let unions = project.unions.filter { unionIDs.contains($0.id) }
        return Reach(
            participants: people.count, women: people.filter { $0.sex == .female }.count,
            men: people.filter { $0.sex == .male }.count, sexNotGiven: people.filter { $0.sex == nil }.count,
            institutions: institutionIDs.count, unions: unions.count, newUnions: unions.filter(\.isNew).count)
    }

    public func reach(in period: ReportingPeriod) -> Reach { reach(from: period.start, to: period.end) }

    /// The value an indicator has reached by a date (all recorded attendance when nil).
    public func value(of measure: Indicator.Measure, upTo end: CalendarDate? = nil) -> Int {
        let held = project.events.filter { event in
            guard let last = event.lastDay else { return false }
            return (end.map { last.isOnOrBefore($0) } ?? true) && !(participantsByEvent[event.id] ?? []).isEmpty
        }
        switch measure {
        case .workshops: return held.filter { if case .workshop = $0.kind { true } else { false } }.count
        case .supervisions: return held.filter { if case .supervision = $0.kind { true } else { false } }.count
        case .leaders:
            guard let end else { return leaders.count }
            return ProjectFacts(projectUpTo(end)).leaders.count
        case .forumObservers: return attendees(of: .forumMeeting, upTo: end)
        case .studyVisitParticipants: return attendees(of: .studyVisit, upTo: end, everyDay: true)
        case .unions: return reach(to: end).unions
        case .newUnions: return reach(to: end).newUnions
        }
    }

    /// People present at events of a kind; with `everyDay`, only those present on all its days
    /// (a study visit counts those who took part in the whole programme).
    private func attendees(of kind: Event.Kind, upTo end: CalendarDate?, everyDay: Bool = false) -> Int {
        var people = Set<ParticipantID>()
        for event in project.events where event.kind == kind {
            let rows = project.attendance.filter { $0.event == event.id && (end.map($0.date.isOnOrBefore) ?? true) }
            var days: [ParticipantID: Set<CalendarDate>] = [:]
            for row in rows { days[row.participant, default: []].insert(row.date) }
            for (person, present) in days where !everyDay || present.count == event.days.count {
                people.insert(person)
            }
        }
        return people.count
    }

    private func projectUpTo(_ end: CalendarDate) -> Project {
        var copy = project
        copy.attendance = project.attendance.filter { $0.date.isOnOrBefore(end) }
        return copy
    }
}
