import ZitDocuments
import ZitProject
import ZitRegister

struct EntryJSON: Encodable {
    var number: String
    var issuedOn: String
    var participant: String
    var name: String
    var subject: String
    var subjectText: String
    var status: String
    var cancellationReason: String?
    var cancelledOn: String?
    var generatedBy: String?
    var generatedAt: String?
    var checksum: String?

    init(_ entry: CertificateRegister.Entry, project: Project) {
        number = entry.number
        issuedOn = entry.issuedOn
        participant = entry.participant
        name = entry.name
        subject = entry.subject
        subjectText = RegisterDocument.subjectText(entry.subject, in: project)
        status = entry.status.rawValue
        cancellationReason = entry.cancellationReason
        cancelledOn = entry.cancelledOn
        generatedBy = entry.generatedBy
        generatedAt = entry.generatedAt
        checksum = entry.checksum
    }
}

/// Counts only: what the authority sees of the register.
struct RegisterTotalsJSON: Encodable {
    var total: Int
    var issued: Int
    var reserved: Int
    var cancelled: Int
    /// Issued certificates by series (WZP, SUP, …).
    var issuedBySeries: [String: Int]

    init(_ entries: [CertificateRegister.Entry]) {
        total = entries.count
        issued = entries.filter { $0.status == .issued }.count
        reserved = entries.filter { $0.status == .reserved }.count
        cancelled = entries.filter { $0.status == .cancelled }.count
        var bySeries: [String: Int] = [:]
        for entry in entries where entry.status == .issued {
            bySeries[entry.number.split(separator: "/").last.map(String.init) ?? "", default: 0] += 1
        }
        issuedBySeries = bySeries
    }
}

/// What anyone holding a printed certificate may learn by its number: whether it is valid, for
/// which event, and whose (first initial and surname only), with the start of its document's checksum.
public struct VerificationJSON: Encodable, Sendable {
    public var number: String
    public var exists: Bool
    public var status: String?
    public var issuedOn: String?
    public var cancelledOn: String?
    public var event: String?
    public var eventDates: [String]?
    public var holder: String?
    public var checksumPrefix: String?

    static func missing(_ number: String) -> VerificationJSON {
        VerificationJSON(number: number, exists: false)
    }

    init(number: String, exists: Bool) {
        self.number = number
        self.exists = exists
    }

    init(_ entry: CertificateRegister.Entry, project: Project?) {
        number = entry.number
        exists = true
        status = entry.status == .cancelled ? "cancelled" : (entry.status == .issued ? "valid" : "reserved")
        issuedOn = entry.issuedOn
        cancelledOn = entry.cancelledOn
        if let project {
            event = RegisterDocument.subjectText(entry.subject, in: project)
            eventDates = project.event(EventID(entry.subject))?.days.map { $0.date.dayOnly.description }
        }
        let participant = project?.participants.first { $0.id.rawValue == entry.participant }
        holder = Self.holder(entry.name, participant: participant)
        checksumPrefix = entry.checksum.map { String($0.prefix(RegisterDocument.shortChecksumLength)) }
    }

    /// "J. Kowalska" for "Joanna Kowalska": the surname the project knows when the register's name
    /// ends with it (a double surname stays whole), else the name's last word.
    static func holder(_ name: String, participant: Participant?) -> String {
        let words = name.split(separator: " ")
        guard let first = words.first?.first else { return "" }
        if let participant, name.hasSuffix(participant.lastName), !participant.lastName.isEmpty {
            return "\(first). \(participant.lastName)"
        }
        return "\(first). \(words.count > 1 ? String(words.last!) : "")"
    }
}
