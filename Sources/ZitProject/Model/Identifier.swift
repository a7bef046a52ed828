/// An id as the office writes it ("U017", "WZP-3", "SAKO"), typed by what it names so a
/// participant id can never be passed where an event id is expected.
public struct Identifier<Kind>: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

public enum ParticipantKind {}
public enum EventKindTag {}
public enum InstitutionKindTag {}
public enum UnionKind {}
public enum BeneficiaryKind {}
public enum TaskKind {}
public enum PeriodKind {}
public enum IndicatorKind {}
public enum ChallengeKind {}

public typealias ParticipantID = Identifier<ParticipantKind>
public typealias EventID = Identifier<EventKindTag>
public typealias InstitutionID = Identifier<InstitutionKindTag>
public typealias UnionID = Identifier<UnionKind>
public typealias BeneficiaryID = Identifier<BeneficiaryKind>
public typealias TaskID = Identifier<TaskKind>
public typealias PeriodID = Identifier<PeriodKind>
public typealias IndicatorID = Identifier<IndicatorKind>
public typealias ChallengeID = Identifier<ChallengeKind>
