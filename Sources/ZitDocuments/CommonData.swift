import Foundation
import ZitEngine
import ZitPolish
import ZitProject

/// The values every template receives: the project, an organiser, an event, a participant.
enum CommonData {
    static let fundingClause =
        "Projekt dofinansowany ze środków Unii Europejskiej w ramach programu Pomoc Techniczna dla Funduszy Europejskich 2021-2027."

    static func project(_ project: Project) -> TemplateValue {
        let leader = project.beneficiaries.first { $0.role == .leader }
        return [
            "title": .string(project.title), "number": .string(project.number), "programme": .string(project.programme),
            "fundingAuthority": .string(project.fundingAuthority), "leaderName": .string(leader?.name ?? ""),
            "fundingClause": .string(fundingClause),
            "logoText": .string(project.logoDescription.replacingOccurrences(of: ", ", with: " | ")),
            "budget": .number(project.budget)
        ]
    }

    /// `logo` only when the beneficiary has one, so that a template's `{{#organiser.logo}}` can
    /// leave out its place.
    static func organiser(_ beneficiary: Beneficiary?) -> TemplateValue {
        var fields: [String: TemplateValue] = [
            "name": .string(beneficiary?.name ?? ""), "town": .string(beneficiary?.town ?? "")
        ]
        if let logo = beneficiary?.logo { fields["logo"] = picture(logo) }
        return .object(fields)
    }

    static func kindLabel(_ kind: Event.Kind) -> String {
        switch kind {
        case .inauguration: "Inauguracja projektu"
        case .workshop: "Warsztat szkoleniowy"
        case .supervision: "Superwizja"
        case .forumPreparatoryMeeting: "Spotkanie przygotowawcze Forum (online)"
        case .forumMeeting: "Forum Oceny i Współpracy"
        case .studyVisit: "Wizyta studyjna"
        case .conference: "Konferencja podsumowująca"
        }
    }

    static let seriesNames: [WorkshopSeries: String] = [
        .horizontalPrinciples: "zasady horyzontalne", .projectManagement: "zarządzanie projektami",
        .urbanAreaDevelopment: "zarządzanie rozwojem MOF"
    ]

    /// "Warsztat 2/5 — zarządzanie projektami", "Superwizja 3/5"; the totals come from the plan.
    static func seriesLabel(_ event: Event, in project: Project) -> String {
        switch event.kind {
        case .workshop(let series, let number):
            let total = project.events.filter { if case .workshop(series, _) = $0.kind { true } else { false } }.count
            return "Warsztat \(number)/\(total) — \(seriesNames[series] ?? series.rawValue)"
        case .supervision(let number):
            let total = project.events.filter { if case .supervision = $0.kind { true } else { false } }.count
            return "Superwizja \(number)/\(total)"
        default:
            return ""
        }
    }

    static func hours(_ day: EventDay) -> String {
        switch (day.from, day.to) {
        case let (from?, to?): "\(from)–\(to)"
        case let (from?, nil): "od \(from)"
        default: ""
        }
    }

    static func event(_ event: Event, in project: Project) -> TemplateValue {
        var place = "", platform = "", isOnline = false
        switch event.mode {
        case .onSite(let address): place = address
        case .online(let name): platform = name; isOnline = true
        }
        let hours =
            Set(event.days.map(hours)).count == 1 ? hours(event.days[0]) : event.days.map(hours).joined(separator: "; ")
        return [
            "id": .string(event.id.rawValue), "title": .string(event.title),
            "kindLabel": .string(kindLabel(event.kind)),
            "seriesLabel": .string(seriesLabel(event, in: project)),
            "datesText": .string(PolishDates.range(event.days.map(\.date))),
            "hoursText": .string(hours), "isOnline": .bool(isOnline), "place": .string(place),
            "platform": .string(platform),
            "trainer": .string(event.trainer), "teachingHours": .string(Polish.plainNumber(event.teachingHours)),
            "topics": .list(event.topics.map { .string($0) })
        ]
    }

    /// Grammatical gender from the participant's sex; neutral wording when it was not given.
    static func participant(_ person: Participant, in project: Project, becameLeader: Bool = false) -> TemplateValue {
        let honorific: String, tookPart: String, leader: String
        switch person.sex {
        case .female: (honorific, tookPart, leader) = ("Pani", "wzięła udział", "została Liderką Samorządową")
        case .male: (honorific, tookPart, leader) = ("Pan", "wziął udział", "został Liderem Samorządowym")
        case nil: (honorific, tookPart, leader) = ("", "uczestniczył(a)", "uzyskał(a) tytuł Lidera Samorządowego")
        }
        return [
            "id": .string(person.id.rawValue), "firstName": .string(person.firstName),
            "lastName": .string(person.lastName),
            "name": .string(person.fullName),
            "institution": .string(project.institution(person.institution)?.name ?? ""),
            "position": .string(person.position), "honorific": .string(honorific), "tookPart": .string(tookPart),
            "becameLeader": .string(leader), "isWoman": .bool(person.sex == .female),
            "isMan": .bool(person.sex == .male)
        ]
    }

    static func signatory(_ beneficiary: Beneficiary?) -> TemplateValue {
        let person = beneficiary?.signatories.first
        var fields: [String: TemplateValue] = [
            "name": .string(person?.name ?? ""), "position": .string(person?.position ?? "")
        ]
        if let signature = person?.signature { fields["signature"] = picture(signature) }
        return .object(fields)
    }

    /// A picture of the project's folder, kept in its own proportions inside the template's box:
    /// a scanned signature or a logo is rarely the box's shape, and stretched it looks forged.
    static func picture(_ path: String) -> TemplateValue {
        .object(["obraz": .string(path), "proporcje": .bool(true)])
    }
}
