import ZitPolish
import ZitProject

/// How an event is written on the pages: its days, its place in a series, its organiser.
enum EventText {
    static func dates(_ event: Event) -> String {
        PolishDates.range(event.days.map(\.date.dayOnly))
    }

    /// "2/5": the event's number in its series of workshops or supervisions, of how many there are.
    static func series(_ event: Event, in project: Project) -> String {
        switch event.kind {
        case .workshop(let series, let number):
            let total = project.events.filter {
                if case .workshop(series, _) = $0.kind { return true } else { return false }
            }.count
            return "\(number)/\(total)"
        case .supervision(let number):
            let total = project.events.filter {
                if case .supervision = $0.kind { return true } else { return false }
            }.count
            return "\(number)/\(total)"
        default:
            return "—"
        }
    }

    static func organiser(_ event: Event, in project: Project) -> String {
        project.beneficiary(event.organiser)?.name ?? event.organiser.rawValue
    }

    static func mode(_ event: Event) -> (name: String, place: String) {
        switch event.mode {
        case .onSite(let address): ("stacjonarnie", address)
        case .online(let platform): ("online", platform)
        }
    }
}
