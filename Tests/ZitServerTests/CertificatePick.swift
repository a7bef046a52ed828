import Testing
import ZitProject

/// A certificate the sample project can issue: an event a beneficiary organises and its first
/// participant, with the request bodies that ask the API for one or for all of its certificates.
struct CertificatePick {
    let event: String
    let participant: String
    /// How many people attended the event: the certificates a whole-event job makes.
    let attendees: Int

    init(in folder: String, organiser: String) throws {
        let project = try #require(ProjectLoader.load(folder: folder).project)
        let facts = ProjectFacts(project)
        let event = try #require(
            project.events.first { $0.organiser.rawValue == organiser && !facts.participants(of: $0.id).isEmpty })
        let people = facts.participants(of: event.id)
        self.event = event.id.rawValue
        self.participant = people[0].id.rawValue
        self.attendees = people.count
    }

    /// The body of `POST /api/v1/generate/certificates` for this participant's certificate.
    var oneCertificate: String { #"{"event":"\#(event)","participant":"\#(participant)"}"# }

    /// The body of `POST /api/v1/generate/certificates` for the whole event, which becomes a job.
    var wholeEvent: String { #"{"event":"\#(event)"}"# }
}
