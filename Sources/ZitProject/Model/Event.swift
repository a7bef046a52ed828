import Foundation
import ZitPolish

/// A form of support: a workshop, supervision, the Forum, the study visit, the conference…
public struct Event: Sendable, Identifiable {
    public var id: EventID
    public var kind: Kind
    public var title: String
    public var organiser: BeneficiaryID
    public var days: [EventDay]
    public var mode: Mode
    public var trainer: String
    public var teachingHours: Decimal
    public var topics: [String]
    public var source: SourceLocation
    /// The project task (zadanie) the event is held for, e.g. Z4 for a workshop on urban area development.
    public var task: TaskID? = nil

    public enum Kind: Sendable, Hashable {
        case inauguration
        case workshop(WorkshopSeries, number: Int)
        case supervision(number: Int)
        case forumPreparatoryMeeting
        case forumMeeting
        case studyVisit
        case conference
    }

    public enum Mode: Sendable, Hashable {
        case onSite(address: String)
        case online(platform: String)
    }

    public var firstDay: CalendarDate? { days.first?.date }
    public var lastDay: CalendarDate? { days.last?.date }

    public func isHeld(on date: CalendarDate) -> Bool { days.contains { $0.date == date.dayOnly } }
}

public enum WorkshopSeries: String, Sendable, CaseIterable {
    case horizontalPrinciples = "zasady_horyzontalne"
    case projectManagement = "zarządzanie_projektami"
    case urbanAreaDevelopment = "rozwój_mof"
}

public struct EventDay: Sendable, Hashable {
    public var date: CalendarDate
    public var from: String?
    public var to: String?
}
