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

/// One document to make: its data and the file it goes to.
public struct PlannedDocument: Sendable {
    public var fileStem: String
    public var data: ZitEngine.TemplateValue
    /// A certificate takes its number from the register just before it is made.
    public var certificate: CertificateRegister.Request?

    /// The number already put into the data.
    var number: String? {
        if case .string(let number)? = data["number"], !number.isEmpty { return number }
        return nil
    }
}

import ZitRegister

import ZitEngine
