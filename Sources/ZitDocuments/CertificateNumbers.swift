import ZitPolish
import ZitProject

/// Certificate numbers by the project's scheme ("{nr}/{rok}/{seria}"): sequential per year and
/// series, in the order of events and, within an event, of participants' names. They follow
/// from the data alone, so a document printed again keeps its number as long as nothing is
/// added before it; the register of issued certificates will fix them for good.
struct CertificateNumbers {
    private var numbers: [String: String] = [:]

    static func series(of event: Event) -> String {
        switch event.kind {
        case .workshop(.horizontalPrinciples, _): "WZH"
        case .workshop(.projectManagement, _): "WZP"
        case .workshop(.urbanAreaDevelopment, _): "WMOF"
        case .supervision: "SUP"
        case .forumPreparatoryMeeting, .forumMeeting: "FORUM"
        case .studyVisit: "WIZ"
        case .conference: "KONF"
        case .inauguration: "INAUG"
        }
    }

    static let leaderSeries = "LIDER"

    init(_ facts: ProjectFacts) {
        let project = facts.project
        var counters: [String: Int] = [:]
        func next(series: String, year: Int) -> String {
            let key = "\(series)|\(year)"
            counters[key, default: 0] += 1
            return project.certificateNumbering
                .replacingOccurrences(of: "{nr}", with: String(counters[key]!))
                .replacingOccurrences(of: "{rok}", with: String(year))
                .replacingOccurrences(of: "{seria}", with: series)
        }
        let events = project.events.sorted { ($0.lastDay ?? $0.days[0].date) < ($1.lastDay ?? $1.days[0].date) }
        for event in events {
            guard let year = event.lastDay?.year else { continue }
            for person in facts.participants(of: event.id) {
                numbers["\(person.id)|\(event.id)"] = next(series: Self.series(of: event), year: year)
            }
        }
        for person in facts.leaders {
            let year = facts.events(attendedBy: person.id).compactMap(\.lastDay).max()?.year ?? project.end.year
            numbers["\(person.id)|\(Self.leaderSeries)"] = next(series: Self.leaderSeries, year: year)
        }
    }

    func number(for participant: ParticipantID, event: EventID) -> String { numbers["\(participant)|\(event)"] ?? "" }
    func leaderNumber(for participant: ParticipantID) -> String { numbers["\(participant)|\(Self.leaderSeries)"] ?? "" }
}
