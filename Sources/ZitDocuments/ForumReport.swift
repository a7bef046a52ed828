import ZitEngine
import ZitPolish
import ZitProject

/// The data of the „Raport z Forum Oceny i Współpracy”.
struct ForumReport {
    let facts: ProjectFacts
    var project: Project { facts.project }

    func document() -> PlannedDocument {
        let leader = project.beneficiaries.first { $0.role == .leader }
        let preparatory = project.events.first { $0.kind == .forumPreparatoryMeeting }
        let meeting = project.events.first { $0.kind == .forumMeeting }
        let observers = meeting.map { facts.participants(of: $0.id) } ?? []
        var byInstitution: [String: Int] = [:]
        for person in observers { byInstitution[project.institution(person.institution)?.name ?? "", default: 0] += 1 }
        let institutions = Polish.sorted(byInstitution.keys.map { $0 }).map { name -> TemplateValue in
            ["name": .string(name), "count": .string(String(byInstitution[name] ?? 0))]
        }
        let challenges: [TemplateValue] = project.forum.challenges.enumerated().map { index, challenge in
            [
                "number": .string(String(index + 1)), "id": .string(challenge.id.rawValue),
                "raisedBy": .string(project.beneficiary(challenge.raisedBy)?.name ?? challenge.raisedBy.rawValue),
                "question": .string(challenge.question), "findings": .list(challenge.findings.map { .string($0) }),
                "recommendations": .list(
                    challenge.recommendations.map { recommendation in
                        [
                            "text": .string(recommendation.text), "priority": .string(recommendation.priority.rawValue),
                            "owner": .string(recommendation.owner),
                            "deadlineText": .string(PolishDates.day(recommendation.deadline))
                        ]
                    }),
                "goodPractices": .list(challenge.goodPractices.map { .string($0) })
            ]
        }
        let handbook: [TemplateValue] = project.forum.challenges.enumerated().flatMap { index, challenge in
            challenge.recommendations.filter { $0.priority == .high }.map { recommendation -> TemplateValue in
                ["text": .string(recommendation.text), "challengeNumber": .string(String(index + 1))]
            }
        }
        let agenda: [TemplateValue] = project.forum.agenda.map { entry in
            guard let day = entry.day else {
                return ["time": .string(entry.time), "item": .string(entry.item), "isDay": .bool(false)]
            }
            return ["time": "", "item": .string("\(PolishDates.day(day)) — \(entry.item)"), "isDay": .bool(true)]
        }
        var meetingData: TemplateValue = [
            "datesText": .string(meeting.map { PolishDates.range($0.days.map(\.date)) } ?? ""),
            "hoursText": .string(meeting.flatMap { $0.days.first.map(CommonData.hours) } ?? "")
        ]
        if case .onSite(let address)? = meeting?.mode, case .object(var fields) = meetingData {
            fields["place"] = .string(address)
            meetingData = .object(fields)
        }
        var platform = ""
        if case .online(let name)? = preparatory?.mode { platform = name }
        let experts = project.forum.experts
        let data: TemplateValue = [
            "project": ReportData.project(project), "organiser": CommonData.organiser(leader),
            "issue": ReportData.issue(town: leader?.town ?? "", date: meeting?.lastDay ?? project.end),
            "signatory": CommonData.signatory(leader),
            "forum": [
                "preparatory": [
                    "datesText": .string(preparatory.map { PolishDates.range($0.days.map(\.date)) } ?? ""),
                    "platform": .string(platform),
                    "participantsCount": .string(String(preparatory.map { facts.participants(of: $0.id).count } ?? 0))
                ],
                "meeting": meetingData,
                "observers": [
                    "count": .string(String(observers.count)),
                    "women": .string(String(observers.filter { $0.sex == .female }.count)),
                    "men": .string(String(observers.filter { $0.sex == .male }.count)),
                    "notGiven": .string(String(observers.filter { $0.sex == nil }.count)),
                    "institutions": .list(institutions)
                ],
                "expertsCount": .string(String(experts.count)),
                "experts": .list(
                    experts.map { expert in
                        [
                            "name": .string(expert.name), "institution": .string(expert.institution),
                            "specialisation": .string(expert.specialisation)
                        ]
                    }),
                "challengesCount": .string(String(project.forum.challenges.count)),
                "recommendationsCount": .string(
                    String(project.forum.challenges.map(\.recommendations.count).reduce(0, +))),
                "challenges": .list(challenges), "handbook": .list(handbook), "agenda": .list(agenda)
            ]
        ]
        return PlannedDocument(fileStem: "raport-forum", data: data)
    }
}

/// Values both reports share.
enum ReportData {
    static func project(_ project: Project) -> TemplateValue {
        guard case .object(var fields) = CommonData.project(project) else { return .null }
        fields["budgetText"] = .string(ReportFormatting.money(project.budget))
        fields["periodText"] = .string(PolishDates.range([project.start, project.end]))
        return .object(fields)
    }

    static func issue(town: String, date: CalendarDate) -> TemplateValue {
        ["place": .string(town), "dateText": .string(PolishDates.day(date))]
    }
}
