/// A union for Integrated Territorial Investments (Związek ZIT) and its area.
public struct ZITUnion: Sendable, Identifiable {
    public var id: UnionID
    public var name: String
    public var voivodeship: Voivodeship
    /// Created for the 2021-2027 perspective; the project gives such unions priority.
    public var isNew: Bool
    public var members: [String]
}

public enum Voivodeship: String, Sendable, CaseIterable {
    case wielkopolskie, dolnośląskie, kujawskoPomorskie = "kujawsko-pomorskie", łódzkie, zachodniopomorskie
}

/// An office or body participants come from.
public struct Institution: Sendable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable {
        case municipality = "gmina"
        case county = "powiat"
        case union = "związek_zit"
        case ministry = "ministerstwo"
        case marshalOffice = "urząd_marszałkowski"
        case other = "inna"
    }
    public var id: InstitutionID
    public var name: String
    public var kind: Kind
    /// The ZIT union whose area the institution is in.
    public var union: UnionID?
}
