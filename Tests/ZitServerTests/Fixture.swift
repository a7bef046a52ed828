import Foundation
import ZitProject
import ZitRegister

/// Ids the tests ask for, found in the sample project rather than written down: an event of each
/// partner, a person who attended only the one partner's events, and an issued certificate of each.
struct Fixture: Sendable {
    var eventWB: String
    var eventJG: String
    var onlyWB: String
    var onlyJG: String
    /// An event that `onlyJG` attended (a JG event, not necessarily `eventJG`).
    var attendedByOnlyJG: String
    var numberWB: String
    var numberJG: String
    var cancelled: String

    init(folder: String) throws {
        guard let project = ProjectLoader.load(folder: folder).project else { throw FixtureFailure() }
        let organiser = Dictionary(uniqueKeysWithValues: project.events.map { ($0.id, $0.organiser.rawValue) })
        var organisers: [ParticipantID: Set<String>] = [:]
        for row in project.attendance { organisers[row.participant, default: []].insert(organiser[row.event] ?? "") }
        let wbEvents = project.events.filter { $0.organiser == "WB" }
        let jgEvents = project.events.filter { $0.organiser == "JG" }
        guard let eventWB = wbEvents.first?.id.rawValue, let eventJG = jgEvents.first?.id.rawValue,
            let onlyWB = organisers.first(where: { $0.value == ["WB"] })?.key,
            let onlyJG = organisers.first(where: { $0.value == ["JG"] })?.key,
            let holderWB = project.participants.first(where: { $0.id == onlyWB }),
            let holderJG = project.participants.first(where: { $0.id == onlyJG }),
            let attendedJG = project.attendance.first(where: { $0.participant == onlyJG })?.event
        else { throw FixtureFailure() }
        self.eventWB = eventWB
        self.eventJG = eventJG
        self.onlyWB = onlyWB.rawValue
        self.onlyJG = onlyJG.rawValue
        self.attendedByOnlyJG = attendedJG.rawValue
        let attendedWB = project.attendance.first(where: { $0.participant == onlyWB })!.event
        let register = try CertificateRegister(folder: folder)
        let requests = [
            CertificateRegister.Request(
                participant: onlyWB.rawValue, subject: attendedWB.rawValue, series: "WZH", year: 2026,
                name: holderWB.fullName),
            CertificateRegister.Request(
                participant: onlyJG.rawValue, subject: attendedJG.rawValue, series: "WZP", year: 2026,
                name: holderJG.fullName),
            CertificateRegister.Request(
                participant: onlyJG.rawValue, subject: "LIDER", series: "LID", year: 2026, name: holderJG.fullName)
        ]
        let numbers = try register.numbers(for: requests, scheme: "{nr}/{rok}/{seria}", today: "2026-10-07")
        numberWB = numbers[requests[0]]!
        numberJG = numbers[requests[1]]!
        cancelled = numbers[requests[2]]!
        try register.confirm(
            Array(numbers.values),
            checksums: Dictionary(
                uniqueKeysWithValues: numbers.values.map { ($0, String(repeating: "ab", count: 32)) }),
            generatedBy: "biuro", at: "2026-10-07T10:00:00Z")
        try register.cancel(cancelled, reason: "błąd w nazwisku", on: "2026-10-08")
    }
}

struct FixtureFailure: Error {}
