/// forum.yaml: the Forum's challenges, recommendations and experts.
struct ForumFile {
    var forum = Forum.empty
    var raisedBySource: [(BeneficiaryID, SourceLocation)] = []

    init(_ root: YAMLNode, log: inout ProblemLog) {
        for node in root.list("wyzwania", log: &log) {
            guard let id = node.text("id", log: &log), let raisedBy = node.text("zgłaszający", log: &log),
                let question = node.text("pytanie", log: &log)
            else { continue }
            let recommendations = node.list("rekomendacje", required: false, log: &log).compactMap {
                item -> Recommendation? in
                guard let text = item.text("treść", log: &log),
                    let priority = item.choice("priorytet", as: Recommendation.Priority.self, log: &log),
                    let owner = item.text("odpowiedzialny", log: &log),
                    let deadline = item.date("termin", log: &log)
                else { return nil }
                return Recommendation(text: text, priority: priority, owner: owner, deadline: deadline)
            }
            forum.challenges.append(
                Challenge(
                    id: ChallengeID(id), raisedBy: BeneficiaryID(raisedBy), question: question,
                    findings: node.texts("ustalenia", log: &log), recommendations: recommendations,
                    goodPractices: node.texts("dobre_praktyki", log: &log)))
            raisedBySource.append((BeneficiaryID(raisedBy), node.location(of: "zgłaszający")))
        }
        for node in root.list("program", required: false, log: &log) {
            if node["dzień"] != nil {
                guard let day = node.date("dzień", log: &log), let item = node.text("punkt", log: &log) else {
                    continue
                }
                forum.agenda.append(AgendaItem(time: "", item: item, day: day))
                continue
            }
            guard let time = node.text("godzina", log: &log), let item = node.text("punkt", log: &log) else { continue }
            forum.agenda.append(AgendaItem(time: time, item: item))
        }
        for node in root.list("eksperci", required: false, log: &log) {
            guard let name = node.text("imię_i_nazwisko", log: &log) else { continue }
            let sex = node.text("płeć", required: false, log: &log).flatMap { Sex(rawValue: $0.uppercased()) }
            forum.experts.append(
                Expert(
                    name: name, sex: sex, institution: node.text("instytucja", required: false, log: &log) ?? "",
                    specialisation: node.text("specjalizacja", required: false, log: &log) ?? ""))
        }
    }
}
