import ArgumentParser
import Foundation
import ZitProject

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read a project folder and report every problem in its files.",
        discussion: "Exit status 0 when there are no errors; warnings do not fail it.")

    @Option(help: "The project folder (default: the sample project in Examples/projekt).")
    var project: String?

    func run() throws {
        guard let folder = project ?? ProjectFolder.sample() else {
            throw ValidationError("No --project given and the sample project (Examples/projekt) was not found.")
        }
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
        output += errors == 0
            ? "No errors\(warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))" : "").\n"
            : "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s").\n"
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

    /// The default templates shipped with the program.
    static func templates() -> String? {
        find("Templates", holding: "zaswiadczenie.docx")
    }

    /// A folder of the repository, looked for from the working directory and above the program.
    private static func find(_ relative: String, holding file: String) -> String? {
        var candidates = [FileManager.default.currentDirectoryPath]
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
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
              participants: \(project.participants.count), events: \(project.events.count), attendance rows: \(project.attendance.count)
              reached: \(reach.participants) people (women \(reach.women), men \(reach.men), not given \(reach.sexNotGiven)), \
            \(reach.institutions) institutions, ZIT unions \(reach.unions) of \(project.unions.count) \
            (new \(reach.newUnions) of \(project.unions.filter(\.isNew).count))
              Leaders (\(ProjectFacts.leaderThreshold)+ forms of support): \(facts.leaders.count); one form short: \(facts.oneFormShort.count)

            """
    }
}
