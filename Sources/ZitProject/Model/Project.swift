import Foundation
import ZitPolish

/// Everything a project office keeps about the project, read from its folder.
public struct Project: Sendable {
    public var title: String
    public var number: String
    public var programme: String
    public var fundingAuthority: String
    public var start: CalendarDate
    public var end: CalendarDate
    public var budget: Decimal
    public var grantPercent: Decimal
    /// The EU funds logo strip the office supplies, relative to the project folder.
    public var logo: String?
    public var logoDescription: String
    /// How certificate numbers are written, e.g. "{nr}/{rok}/{seria}".
    public var certificateNumbering: String
    public var beneficiaries: [Beneficiary]
    public var reportingPeriods: [ReportingPeriod]
    public var indicators: [Indicator]
    public var plannedBudget: [TaskID: Decimal]
    public var expenditure: [Expenditure]
    public var unions: [ZITUnion]
    public var institutions: [Institution]
    public var events: [Event]
    public var participants: [Participant]
    public var attendance: [Attendance]
    public var forum: Forum
    /// Where certificates can be checked; when set, each one carries its page's address and QR code.
    public var verificationAddress: VerificationAddress? = nil

    public func beneficiary(_ id: BeneficiaryID) -> Beneficiary? { beneficiaries.first { $0.id == id } }
    public func event(_ id: EventID) -> Event? { events.first { $0.id == id } }
    public func institution(_ id: InstitutionID) -> Institution? { institutions.first { $0.id == id } }
    public func union(_ id: UnionID) -> ZITUnion? { unions.first { $0.id == id } }
    public func period(_ id: PeriodID) -> ReportingPeriod? { reportingPeriods.first { $0.id == id } }
}

public struct Beneficiary: Sendable, Identifiable {
    public enum Role: String, Sendable, CaseIterable { case leader = "lider", partner }
    public var id: BeneficiaryID
    public var name: String
    public var role: Role
    public var town: String
    public var union: UnionID?
    public var tasks: [ProjectTask]
    public var signatories: [Signatory]
    /// The beneficiary's own logo (a picture in the project's folder), shown on the attendance
    /// lists of the events it organises; nil when none is given.
    public var logo: String? = nil
}

public struct ProjectTask: Sendable, Identifiable {
    public var id: TaskID
    public var name: String
}

public struct Signatory: Sendable {
    public var name: String
    public var position: String
    /// A scan of the person's signature (a picture in the project's folder); nil when none is given.
    public var signature: String? = nil
}

public struct ReportingPeriod: Sendable, Identifiable {
    public var id: PeriodID
    public var name: String
    public var start: CalendarDate
    public var end: CalendarDate
    /// Problems and risks the office records for the progress report.
    public var problems: [String] = []

    public func contains(_ date: CalendarDate) -> Bool { start.isOnOrBefore(date) && date.isOnOrBefore(end) }
}

public struct Indicator: Sendable, Identifiable {
    /// What the program counts for an indicator; the target comes from the project file.
    public enum Measure: String, Sendable, CaseIterable {
        case workshops = "warsztaty"
        case supervisions = "superwizje"
        case leaders = "liderzy"
        case forumObservers = "obserwatorzy_forum"
        case studyVisitParticipants = "uczestnicy_wizyty"
        case unions = "związki_zit"
        case newUnions = "nowe_związki_zit"
    }
    public var id: IndicatorID
    public var name: String
    public var measure: Measure
    public var target: Int
}

public struct Expenditure: Sendable {
    public var task: TaskID
    public var period: PeriodID
    public var amount: Decimal
}

extension CalendarDate {
    /// Compares days only: a date with an hour still falls on its day.
    public func isOnOrBefore(_ other: CalendarDate) -> Bool {
        (year, month, day) <= (other.year, other.month, other.day)
    }

    public var dayOnly: CalendarDate { CalendarDate(year: year, month: month, day: day)! }
}
