/// The documents `zitdocs generate` makes.
public enum DocumentKind: String, Sendable, CaseIterable {
    case attendance
    case certificates
    case leaderCertificates = "leader-certificates"
    case forumReport = "forum-report"
    case progressReport = "progress-report"

    /// The default template's name in Templates/ (without extension) and the output folder.
    public var templateName: String {
        switch self {
        case .attendance: "lista-obecnosci"
        case .certificates: "zaswiadczenie"
        case .leaderCertificates: "certyfikat-lidera"
        case .forumReport: "raport-forum"
        case .progressReport: "informacja-o-postepie"
        }
    }

    public var folderName: String { rawValue }

    /// What the person sees in progress lines and summaries.
    public var polishName: String {
        switch self {
        case .attendance: "Listy obecności"
        case .certificates: "Zaświadczenia"
        case .leaderCertificates: "Certyfikaty Lidera"
        case .forumReport: "Raport z Forum"
        case .progressReport: "Informacje o postępie"
        }
    }
}
