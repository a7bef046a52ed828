import Hummingbird
import ZitDocuments
import ZitPolish
import ZitProject
import ZitServer

/// The events the caller sees (`Scope`), one event with its documents and attendees, and the
/// issuing of its certificates through the API's own generation.
enum EventPages {
    struct Row: Sendable {
        var id: String
        var data: String
        var tytul: String
        var organizator: String
        var cykl: String
        var obecni: Int
    }

    struct Attendee: Sendable {
        var lp: Int
        var id: String
        var nazwa: String
        var instytucja: String
        var dni: String
    }

    struct Detail: Sendable {
        var id: String
        var tytul: String
        var data: String
        var organizator: String
        var forma: String
        var miejsce: String
        var prowadzacy: String
        var cykl: String
        var csrf: String
        var obecni: [Attendee]
    }

    struct List: Sendable {
        var wydarzenia: [Row]
    }

    static func add(to table: RouteTable, library: PageLibrary) {
        table.on(.get, "/wydarzenia", needs: .readEvents) { request, context, access in
            let scope = try await access.scope()
            let project = scope.project
            let rows = scope.visibleEvents.map { event in
                Row(
                    id: event.id.rawValue, data: EventText.dates(event), tytul: event.title,
                    organizator: EventText.organiser(event, in: project), cykl: EventText.series(event, in: project),
                    obecni: scope.facts.participants(of: event.id).count)
            }
            return library.page(
                "wydarzenia", title: "Wydarzenia", request: request, context: context, content: List(wydarzenia: rows))
        }
        table.on(.get, "/wydarzenia/{id}", needs: .readEvents) { request, context, access in
            let scope = try await access.scope()
            let event = try scope.event(try access.parameter("id"))
            return library.page(
                "wydarzenie", title: event.title, request: request, context: context,
                content: detail(event, scope: scope, csrf: context.sessions.session?.csrfToken ?? ""))
        }
        table.on(.get, "/wydarzenia/{id}/lista-obecnosci", needs: .generateDocuments) { request, _, access in
            let scope = try await access.scope()
            let event = try scope.event(try access.parameter("id"))
            let format = try DocumentFormat.from(request.uri.queryParameters.get("format"))
            let wanted = GenerationRequest(
                kind: .attendance, selection: .init(event: event.id), format: format, merge: false)
            return DocumentFormat.answer(try await GenerationRoutes.start(wanted, access: access))
        }
        table.on(.post, "/wydarzenia/{id}/zaswiadczenia", needs: .generateDocuments, csrf: .formField) {
            _, _, access in
            let scope = try await access.scope()
            let event = try scope.event(try access.parameter("id"))
            let merged = access.form?.field("uklad") == "scalone"
            let wanted = GenerationRequest(
                kind: .certificates, selection: .init(event: event.id), format: .docx, merge: merged)
            let title = "Zaświadczenia dla wydarzenia „\(event.title)”"
            return DocumentFormat.answer(
                try await GenerationRoutes.start(wanted, access: access, title: title))
        }
    }

    static func detail(_ event: Event, scope: Scope, csrf: String) -> Detail {
        let project = scope.project
        var days: [ParticipantID: [CalendarDate]] = [:]
        for row in project.attendance where row.event == event.id {
            days[row.participant, default: []].append(row.date)
        }
        let people = Polish.sorted(scope.facts.participants(of: event.id).filter { scope.canSee($0.id) }) {
            "\($0.lastName) \($0.firstName)"
        }
        let attendees = people.enumerated().map { index, person in
            Attendee(
                lp: index + 1, id: person.id.rawValue, nazwa: person.fullName,
                instytucja: project.institution(person.institution)?.name ?? person.institution.rawValue,
                dni: (days[person.id] ?? []).sorted().map { PolishDates.day($0.dayOnly) }.joined(separator: ", "))
        }
        let mode = EventText.mode(event)
        return Detail(
            id: event.id.rawValue, tytul: event.title, data: EventText.dates(event),
            organizator: EventText.organiser(event, in: project), forma: mode.name, miejsce: mode.place,
            prowadzacy: event.trainer, cykl: EventText.series(event, in: project), csrf: csrf, obecni: attendees)
    }
}
