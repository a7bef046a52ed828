import ZitPolish

/// One participant present on one day of one event, and how that is proven.
public struct Attendance: Sendable {
    public enum Evidence: String, Sendable, CaseIterable {
        case signature = "podpis"
        case platformLog = "log platformy"
        case email = "e-mail"
    }
    public var participant: ParticipantID
    public var event: EventID
    public var date: CalendarDate
    public var evidence: Evidence
    public var source: SourceLocation
}
