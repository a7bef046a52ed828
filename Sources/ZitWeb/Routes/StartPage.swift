import Hummingbird
import ZitPolish
import ZitProject
import ZitServer

/// `GET /`: the derived facts `zitdocs check` prints, and its warnings, for every role.
enum StartPage {
    struct Indicator: Sendable {
        var id: String
        var nazwa: String
        var wartosc: Int
        var cel: Int
        var stan: String
    }

    struct View: Sendable {
        var tytulProjektu: String
        var numer: String
        var uczestnicy: Int
        var wydarzenia: Int
        var wierszeObecnosci: Int
        var kobiety: Int
        var mezczyzni: Int
        var plecNiepodana: Int
        var razem: Int
        var instytucje: Int
        var zwiazki: Int
        var zwiazkiWProjekcie: Int
        var noweZwiazki: Int
        var noweZwiazkiWProjekcie: Int
        var progLidera: Int
        var liderzy: Int
        var celLiderow: String
        var brakujeJednej: Int
        var wskazniki: [Indicator]
        var maOstrzezenia: Bool
        var ostrzezenia: [String]
        var bezOstrzezen: String
    }

    static func add(to table: RouteTable, library: PageLibrary) {
        table.on(.get, "/", needs: .readSummary) { request, context, access in
            let scope = try await access.scope()
            let warnings = await access.services.project.warnings()
            return library.page(
                "start", title: "Projekt w skrócie", request: request, context: context,
                content: view(scope.facts, warnings: warnings, showsWarnings: scope.caller.role == .office))
        }
    }

    /// A warning may quote a person's data, so only the office reads them; the others see how many there are.
    static func view(_ facts: ProjectFacts, warnings: [DataProblem], showsWarnings: Bool) -> View {
        let project = facts.project
        let reach = facts.reach()
        let leaderTarget = project.indicators.first { $0.measure == .leaders }?.target
        let listed = showsWarnings ? warnings.map(\.description) : []
        let count = Polish.counted(warnings.count, one: "ostrzeżenie", few: "ostrzeżenia", many: "ostrzeżeń")
        return View(
            tytulProjektu: project.title, numer: project.number, uczestnicy: project.participants.count,
            wydarzenia: project.events.count, wierszeObecnosci: project.attendance.count,
            kobiety: reach.women, mezczyzni: reach.men, plecNiepodana: reach.sexNotGiven, razem: reach.participants,
            instytucje: reach.institutions, zwiazki: reach.unions, zwiazkiWProjekcie: project.unions.count,
            noweZwiazki: reach.newUnions, noweZwiazkiWProjekcie: project.unions.filter(\.isNew).count,
            progLidera: ProjectFacts.leaderThreshold, liderzy: facts.leaders.count,
            celLiderow: leaderTarget.map(String.init) ?? "—", brakujeJednej: facts.oneFormShort.count,
            wskazniki: project.indicators.map { indicator in
                let value = facts.value(of: indicator.measure)
                return Indicator(
                    id: indicator.id.rawValue, nazwa: indicator.name, wartosc: value, cel: indicator.target,
                    stan: value >= indicator.target ? "osiągnięty" : "brakuje \(indicator.target - value)")
            },
            maOstrzezenia: !listed.isEmpty, ostrzezenia: listed,
            bezOstrzezen: warnings.isEmpty
                ? "Sprawdzenie danych nie dało ostrzeżeń."
                : "Sprawdzenie danych dało \(count); szczegóły widzi biuro projektu.")
    }
}
