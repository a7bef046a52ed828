import ZitProject

/// The project's derived facts, as `zitdocs check` prints them: no one's personal data.
struct SummaryJSON: Encodable {
    struct Reach: Encodable {
        var participants: Int
        var women: Int
        var men: Int
        var sexNotGiven: Int
        var institutions: Int
        var unions: Int
        var unionsInProject: Int
        var newUnions: Int
        var newUnionsInProject: Int
    }

    struct IndicatorValue: Encodable {
        var id: String
        var name: String
        var measure: String
        var target: Int
        var value: Int
    }

    var title: String
    var number: String
    var participants: Int
    var events: Int
    var attendanceRows: Int
    var reach: Reach
    var leaderThreshold: Int
    var leaders: Int
    var oneFormShort: Int
    var indicators: [IndicatorValue]

    init(_ facts: ProjectFacts) {
        let project = facts.project
        let reach = facts.reach()
        title = project.title
        number = project.number
        participants = project.participants.count
        events = project.events.count
        attendanceRows = project.attendance.count
        self.reach = Reach(
            participants: reach.participants, women: reach.women, men: reach.men, sexNotGiven: reach.sexNotGiven,
            institutions: reach.institutions, unions: reach.unions, unionsInProject: project.unions.count,
            newUnions: reach.newUnions, newUnionsInProject: project.unions.filter(\.isNew).count)
        leaderThreshold = ProjectFacts.leaderThreshold
        leaders = facts.leaders.count
        oneFormShort = facts.oneFormShort.count
        indicators = project.indicators.map {
            IndicatorValue(
                id: $0.id.rawValue, name: $0.name, measure: $0.measure.rawValue, target: $0.target,
                value: facts.value(of: $0.measure))
        }
    }
}

struct PeriodJSON: Encodable {
    var id: String
    var name: String
    var start: String
    var end: String
    var participantsReached: Int
    var women: Int
    var men: Int

    init(_ period: ReportingPeriod, facts: ProjectFacts) {
        let reach = facts.reach(in: period)
        id = period.id.rawValue
        name = period.name
        start = period.start.description
        end = period.end.description
        participantsReached = reach.participants
        women = reach.women
        men = reach.men
    }
}

struct EventJSON: Encodable {
    struct Day: Encodable {
        var date: String
        var from: String?
        var to: String?
    }

    var id: String
    var title: String
    var kind: String
    var organiser: String
    var task: String?
    var days: [Day]
    var mode: String
    var place: String
    var trainer: String
    var teachingHours: String
    var topics: [String]?
    var participants: Int

    init(_ event: Event, facts: ProjectFacts, detailed: Bool = false) {
        id = event.id.rawValue
        title = event.title
        kind = Self.kindName(event.kind)
        organiser = event.organiser.rawValue
        task = event.task?.rawValue
        days = event.days.map { Day(date: $0.date.dayOnly.description, from: $0.from, to: $0.to) }
        switch event.mode {
        case .onSite(let address):
            mode = "stacjonarnie"
            place = address
        case .online(let platform):
            mode = "online"
            place = platform
        }
        trainer = event.trainer
        teachingHours = "\(event.teachingHours)"
        topics = detailed ? event.topics : nil
        participants = facts.participants(of: event.id).count
    }

    static func kindName(_ kind: Event.Kind) -> String {
        switch kind {
        case .inauguration: "inauguracja"
        case .workshop(let series, let number): "warsztat \(series.rawValue) \(number)"
        case .supervision(let number): "superwizja \(number)"
        case .forumPreparatoryMeeting: "forum_spotkanie_przygotowawcze"
        case .forumMeeting: "forum"
        case .studyVisit: "wizyta_studyjna"
        case .conference: "konferencja"
        }
    }
}

struct ParticipantJSON: Encodable {
    struct Attended: Encodable {
        var event: String
        var title: String
    }

    var id: String
    var firstName: String
    var lastName: String
    var sex: String?
    var institution: String
    var position: String
    var targetGroup: String
    var formsAttended: Int
    var email: String?
    var events: [Attended]?

    init(_ participant: Participant, scope: Scope, detailed: Bool = false) {
        id = participant.id.rawValue
        firstName = participant.firstName
        lastName = participant.lastName
        sex = participant.sex?.rawValue
        institution = participant.institution.rawValue
        position = participant.position
        targetGroup = participant.targetGroup.rawValue
        formsAttended = scope.facts.formsAttended(participant.id)
        email = detailed ? participant.email : nil
        events =
            detailed
            ? scope.events(attendedBy: participant.id).map { Attended(event: $0.id.rawValue, title: $0.title) } : nil
    }
}

struct AttendanceJSON: Encodable {
    var participant: String
    var date: String
    var evidence: String

    init(_ row: Attendance) {
        participant = row.participant.rawValue
        date = row.date.description
        evidence = row.evidence.rawValue
    }
}
