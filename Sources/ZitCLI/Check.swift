import ArgumentParser
import Foundation
import ZitPolish
import ZitProject

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Sprawdza folder projektu i zgłasza wszystkie problemy w jego plikach.",
        discussion:
            "Gdy nie ma błędów, polecenie kończy się powodzeniem (kod wyjścia 0); same ostrzeżenia tego nie zmieniają.")

    @Option(help: "Folder projektu (domyślnie: przykładowy projekt w Examples/projekt).")
    var project: String?

    func run() throws {
        let folder = try ProjectFolder.chosen(project)
        let result = ProjectLoader.load(folder: folder)
        var output = ""
        for problem in result.errors + result.warnings {
            output += "\(problem)\n"
        }
        if let project = result.project {
            output += ProjectSummary(ProjectFacts(project)).text
        }
        let errors = result.errors.count
        let warnings = result.warnings.count
        output +=
            errors == 0
            ? "Brak błędów\(warnings > 0 ? " (\(Polish.counted(warnings, one: "ostrzeżenie", few: "ostrzeżenia", many: "ostrzeżeń")))" : "").\n"
            : "\(Polish.counted(errors, one: "błąd", few: "błędy", many: "błędów")), "
                + "\(Polish.counted(warnings, one: "ostrzeżenie", few: "ostrzeżenia", many: "ostrzeżeń")).\n"
        FileHandle.standardOutput.write(Data(output.utf8))
        if errors > 0 { throw ExitCode.failure }
    }
}

/// Where the bundled sample project is: beside the working directory or above the program.
enum ProjectFolder {
    static let samplePath = "Examples/projekt"

    static func sample() -> String? {
        find(samplePath, holding: ProjectLoader.files.project)
    }

    /// The folder given with `--project`, or else the sample project.
    static func chosen(_ option: String?) throws -> String {
        guard let folder = option ?? sample() else {
            throw ValidationError(
                "Nie podano opcji --project, a nie znaleziono przykładowego projektu (Examples/projekt).")
        }
        return folder
    }

    /// The default templates shipped with the program.
    static func templates() -> String? {
        find("Templates", holding: "zaswiadczenie.docx")
    }

    /// A folder of the repository, looked for from the working directory and above the program.
    private static func find(_ relative: String, holding file: String) -> String? {
        var candidates = [FileManager.default.currentDirectoryPath]
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.path)
            folder.deleteLastPathComponent()
        }
        return candidates.map { ($0 as NSString).appendingPathComponent(relative) }
            .first { FileManager.default.fileExists(atPath: ($0 as NSString).appendingPathComponent(file)) }
    }
}

/// The derived facts a person checks first, in a few lines.
struct ProjectSummary {
    let facts: ProjectFacts

    init(_ facts: ProjectFacts) { self.facts = facts }

    var text: String {
        let project = facts.project
        let reach = facts.reach()
        return """
            \(project.title)
              uczestnicy: \(project.participants.count), wydarzenia: \(project.events.count), wiersze obecności: \(project.attendance.count)
              osoby objęte wsparciem: \(reach.participants) (kobiety: \(reach.women), mężczyźni: \(reach.men), płeć niepodana: \(reach.sexNotGiven)), \
            instytucje: \(reach.institutions), związki ZIT: \(reach.unions) z \(project.unions.count) \
            (nowe: \(reach.newUnions) z \(project.unions.filter(\.isNew).count))
              Liderzy (\(ProjectFacts.leaderThreshold) i więcej form wsparcia): \(facts.leaders.count); brakuje jednej formy: \(facts.oneFormShort.count)

            """
    }
}
