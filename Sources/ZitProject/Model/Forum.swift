import ZitPolish

/// The Forum Oceny i Współpracy: nine challenges (three per beneficiary), reviewed by peers.
public struct Forum: Sendable {
    public var challenges: [Challenge]
    public var experts: [Expert]
    /// The on-site meeting's programme, as the office writes it.
    public var agenda: [AgendaItem] = []

    public static let empty = Forum(challenges: [], experts: [])
}

public struct AgendaItem: Sendable {
    public var time: String
    public var item: String
    /// A row that opens a day of the programme (`dzień` in forum.yaml) rather than an item with its hour.
    public var day: CalendarDate? = nil
}

public struct Challenge: Sendable, Identifiable {
    public var id: ChallengeID
    public var raisedBy: BeneficiaryID
    public var question: String
    public var findings: [String]
    public var recommendations: [Recommendation]
    public var goodPractices: [String]
}

public struct Recommendation: Sendable {
    public enum Priority: String, Sendable, CaseIterable { case high = "wysoki", medium = "średni", low = "niski" }
    public var text: String
    public var priority: Priority
    public var owner: String
    public var deadline: CalendarDate
}

public struct Expert: Sendable {
    public var name: String
    public var sex: Sex?
    public var institution: String
    public var specialisation: String
}
