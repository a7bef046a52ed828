import ZitProject

/// The series a certificate's number is counted in ("1/2026/WZP"): one per workshop cycle and
/// per other kind of event, and one for Leader certificates.
enum CertificateSeries {
    static func of(_ event: Event) -> String {
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

    static let leader = "LIDER"
}
