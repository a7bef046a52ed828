import Foundation

/// wydarzenia.yaml: every form of support of the plan.
struct EventsFile {
    var events: [Event] = []
    /// Where each event names its task, for the checks against projekt.yaml.
    var taskSource: [EventID: SourceLocation] = [:]

    /// The words used for kinds in the file.
    enum KindWord: String, CaseIterable {
        case inauguration = "inauguracja", workshop = "warsztat", supervision = "superwizja"
        case forumPreparatoryMeeting = "forum_przygotowawcze", forumMeeting = "forum"
        case studyVisit = "wizyta_studyjna", conference = "konferencja"
    }

    enum ModeWord: String, CaseIterable { case onSite = "stacjonarna", online }

    init(_ root: YAMLNode, log: inout ProblemLog) {
        for node in root.list("wydarzenia", log: &log) {
            guard let id = node.text("id", log: &log), let title = node.text("tytuł", log: &log),
                let word = node.choice("rodzaj", as: KindWord.self, log: &log),
                let organiser = node.text("organizator", log: &log),
                let modeWord = node.choice("forma", as: ModeWord.self, log: &log)
            else { continue }
            let kind: Event.Kind
            switch word {
            case .inauguration: kind = .inauguration
            case .workshop:
                guard let series = node.choice("cykl", as: WorkshopSeries.self, log: &log),
                    let number = node.integer("numer", log: &log)
                else { continue }
                kind = .workshop(series, number: number)
            case .supervision:
                guard let number = node.integer("numer", log: &log) else { continue }
                kind = .supervision(number: number)
            case .forumPreparatoryMeeting: kind = .forumPreparatoryMeeting
            case .forumMeeting: kind = .forumMeeting
            case .studyVisit: kind = .studyVisit
            case .conference: kind = .conference
            }
            let mode: Event.Mode
            switch modeWord {
            case .onSite:
                guard let address = node.text("miejsce", log: &log) else { continue }
                mode = .onSite(address: address)
            case .online:
                guard let platform = node.text("platforma", log: &log) else { continue }
                mode = .online(platform: platform)
            }
            var days: [EventDay] = []
            for day in node.list("dni", log: &log) {
                guard let date = day.date("data", log: &log) else { continue }
                let from = day.text("od", required: false, log: &log)
                let to = day.text("do", required: false, log: &log)
                for (key, time) in [("od", from), ("do", to)] {
                    if let time, !Self.isClockTime(time) {
                        log.error(
                            "„\(time)” nie jest godziną; zapisz ją jako GG:MM, np. 09:30.", at: day.location(of: key))
                    }
                }
                days.append(EventDay(date: date, from: from, to: to))
            }
            if days.isEmpty { log.error("wydarzenie \(id) nie ma podanych dni (pole „dni”).", at: node.location) }
            events.append(
                Event(
                    id: EventID(id), kind: kind, title: title, organiser: BeneficiaryID(organiser),
                    days: days.sorted { $0.date < $1.date }, mode: mode,
                    trainer: node.text("prowadzący", required: false, log: &log) ?? "",
                    teachingHours: node.decimal("godziny_dydaktyczne", required: false, log: &log) ?? 0,
                    topics: node.texts("tematy", log: &log), source: node.location,
                    task: node.text("zadanie", required: false, log: &log).map { TaskID($0) }))
            taskSource[EventID(id)] = node.location(of: "zadanie")
        }
    }

    static func isClockTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]) else { return false }
        return (0...23).contains(hour) && (0...59).contains(minute) && parts[1].count == 2
    }
}
