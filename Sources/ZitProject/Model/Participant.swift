/// A person registered for the project's support.
public struct Participant: Sendable, Identifiable {
    public var id: ParticipantID
    public var firstName: String
    public var lastName: String
    /// nil when the person did not give it: documents then use neutral wording.
    public var sex: Sex?
    public var institution: InstitutionID
    public var position: String
    public var email: String
    public var needs: String
    public var consentsToData: Bool
    public var consentsToImage: Bool
    public var targetGroup: TargetGroup
    public var source: SourceLocation

    public var fullName: String { "\(firstName) \(lastName)" }
}

public enum Sex: String, Sendable {
    case female = "K"
    case male = "M"
}

/// The three target groups of the project brief.
public enum TargetGroup: String, Sendable, CaseIterable {
    /// Representatives of ZIT unions and staff of gminas and powiats in ZIT areas.
    case zitAreas = "ZIT"
    /// Staff of the leader and the partners.
    case beneficiaries = "Lider i Partnerzy"
    /// National and regional institutions (the ministry, marshal offices).
    case institutions = "Instytucje krajowe i regionalne"
}
