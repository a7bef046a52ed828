import Hummingbird
import ZitDocuments
import ZitPolish
import ZitProject
import ZitServer

/// The participants the caller sees (`Scope`), one participant's forms of support, and a
/// Leader's certificate.
enum ParticipantPages {
    struct Row: Sendable {
        var id: String
        var nazwa: String
        var instytucja: String
        var formy: Int
        var status: String
    }

    struct List: Sendable {
        var progLidera: Int
        var uczestnicy: [Row]
    }

    struct Attended: Sendable {
        var id: String
        var tytul: String
        var data: String
    }

    struct Detail: Sendable {
        var id: String
        var nazwa: String
        var instytucja: String
        var stanowisko: String
        var formy: Int
        var status: String
        var zaswiadczenieLidera: Bool
        var csrf: String
        var wydarzenia: [Attended]
    }

    static func add(to table: RouteTable, library: PageLibrary) {
        table.on(.get, "/uczestnicy", needs: .readParticipants) { request, context, access in
            let scope = try await access.scope()
            let people = Polish.sorted(scope.visibleParticipants) { "\($0.lastName) \($0.firstName)" }
            let rows = people.map { person in
                Row(
                    id: person.id.rawValue, nazwa: person.fullName, instytucja: institution(person, scope.project),
                    formy: scope.facts.formsAttended(person.id), status: status(person, facts: scope.facts))
            }
            return library.page(
                "uczestnicy", title: "Uczestnicy", request: request, context: context,
                content: List(progLidera: ProjectFacts.leaderThreshold, uczestnicy: rows))
        }
        table.on(.get, "/uczestnicy/{id}", needs: .readParticipants) { request, context, access in
            let scope = try await access.scope()
            let person = try scope.participant(try access.parameter("id"))
            let forms = scope.facts.formsAttended(person.id)
            let detail = Detail(
                id: person.id.rawValue, nazwa: person.fullName, instytucja: institution(person, scope.project),
                stanowisko: person.position, formy: forms, status: status(person, facts: scope.facts),
                // A Leader's certificate spans every partner's events: the office's document alone.
                zaswiadczenieLidera: forms >= ProjectFacts.leaderThreshold && scope.caller.role == .office,
                csrf: context.sessions.session?.csrfToken ?? "",
                wydarzenia: scope.events(attendedBy: person.id).map {
                    Attended(id: $0.id.rawValue, tytul: $0.title, data: EventText.dates($0))
                })
            return library.page(
                "uczestnik", title: person.fullName, request: request, context: context, content: detail)
        }
        // Issuing reserves a register number, so it is a form post; a link followed (or prefetched)
        // leads back to the person's page.
        table.on(.get, "/uczestnicy/{id}/zaswiadczenie-lidera", needs: .readParticipants) { _, _, access in
            let person = try await access.scope().participant(try access.parameter("id"))
            return Response(status: .seeOther, headers: [.location: "/uczestnicy/\(person.id.rawValue)"])
        }
        table.on(.post, "/uczestnicy/{id}/zaswiadczenie-lidera", needs: .generateDocuments, csrf: .formField) {
            _, _, access in
            let scope = try await access.scope()
            let person = try scope.participant(try access.parameter("id"))
            let wanted = GenerationRequest(
                kind: .leaderCertificates, selection: .init(participant: person.id), format: .docx, merge: false)
            return DocumentFormat.answer(try await GenerationRoutes.start(wanted, access: access))
        }
    }

    static func institution(_ person: Participant, _ project: Project) -> String {
        project.institution(person.institution)?.name ?? person.institution.rawValue
    }

    static func status(_ person: Participant, facts: ProjectFacts) -> String {
        let forms = facts.formsAttended(person.id)
        if forms >= ProjectFacts.leaderThreshold { return "Lider" }
        if forms == ProjectFacts.leaderThreshold - 1 { return "brakuje jednej formy" }
        return "—"
    }
}
