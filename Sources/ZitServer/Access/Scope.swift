import ZitProject
import ZitRegister

/// The part of the project a caller may see. Office: all of it. Partner: the events it organises,
/// the people who attended them and their certificates. Authority: no events, people or
/// certificates at all. Whatever is outside answers 404, as if it did not exist, so ids cannot be probed.
public struct Scope: Sendable {
    public let caller: Caller
    public let project: Project
    public let facts: ProjectFacts
    public let visibleEvents: [Event]
    private let visibleEventIDs: Set<String>
    private let visibleParticipantIDs: Set<ParticipantID>?

    /// The reading of the project the facts are of (`ProjectSource.Snapshot.version`).
    public let projectVersion: Int

    public init(caller: Caller, project: Project) {
        self.init(caller: caller, facts: ProjectFacts(project), projectVersion: 0)
    }

    /// With the facts the server keeps between requests.
    public init(caller: Caller, facts: ProjectFacts, projectVersion: Int) {
        let project = facts.project
        self.caller = caller
        self.project = project
        self.facts = facts
        self.projectVersion = projectVersion
        visibleEvents = Self.visibleEvents(for: caller, in: project)
        visibleEventIDs = Set(visibleEvents.map(\.id.rawValue))
        switch caller.role {
        case .office:
            visibleParticipantIDs = nil
        case .partner:
            let ids = Set(visibleEvents.map(\.id))
            visibleParticipantIDs = Set(project.attendance.filter { ids.contains($0.event) }.map(\.participant))
        case .authority:
            visibleParticipantIDs = []
        }
    }

    /// The single rule of which events a caller sees.
    public static func visibleEvents(for caller: Caller, in project: Project) -> [Event] {
        switch caller.role {
        case .office: project.events
        case .partner: project.events.filter { $0.organiser == caller.beneficiary }
        case .authority: []
        }
    }

    public func event(_ id: String) throws(APIError) -> Event {
        guard visibleEventIDs.contains(id), let event = project.event(EventID(id)) else { throw .notFound }
        return event
    }

    public var visibleParticipants: [Participant] {
        guard let visibleParticipantIDs else { return project.participants }
        return project.participants.filter { visibleParticipantIDs.contains($0.id) }
    }

    public func canSee(_ participant: ParticipantID) -> Bool {
        visibleParticipantIDs?.contains(participant) ?? true
    }

    public func participant(_ id: String) throws(APIError) -> Participant {
        let id = ParticipantID(id)
        guard canSee(id), let participant = project.participants.first(where: { $0.id == id }) else { throw .notFound }
        return participant
    }

    /// Events of a participant the caller may see, attended by them.
    public func events(attendedBy participant: ParticipantID) -> [Event] {
        facts.events(attendedBy: participant).filter { visibleEventIDs.contains($0.id.rawValue) }
    }

    /// Certificates: the office sees all; a partner those for its events (not the project-wide Leader's).
    public func visibleEntries(_ entries: [CertificateRegister.Entry]) -> [CertificateRegister.Entry] {
        caller.role == .office ? entries : entries.filter { visibleEventIDs.contains($0.subject) }
    }

    /// The entries the register's totals count: all of them for the office and the authority
    /// (counts hold no personal data), a partner's own otherwise.
    public func countedEntries(_ entries: [CertificateRegister.Entry]) -> [CertificateRegister.Entry] {
        caller.role == .partner ? visibleEntries(entries) : entries
    }

    /// Attendance rows of the events the caller sees.
    public var visibleAttendance: [Attendance] {
        caller.role == .office
            ? project.attendance : project.attendance.filter { visibleEventIDs.contains($0.event.rawValue) }
    }
}
