import Foundation
import ZitPolish

/// Reads a project folder and checks it as a whole. Every problem is collected; the project is
/// returned whenever it could be read, even with problems, so that a report can show both.
public enum ProjectLoader {
    public struct Result: Sendable {
        public var project: Project?
        public var problems: [DataProblem]
        public var errors: [DataProblem] { problems.filter { $0.severity == .error } }
        public var warnings: [DataProblem] { problems.filter { $0.severity == .warning } }
    }

    public static let files = (
        project: "projekt.yaml", institutions: "instytucje.yaml", events: "wydarzenia.yaml", forum: "forum.yaml"
    )

    public static func load(folder: String) -> Result {
        var log = ProblemLog()
        guard FileManager.default.fileExists(atPath: folder) else {
            log.error("folder projektu nie istnieje.", at: SourceLocation(file: folder))
            return Result(project: nil, problems: log.problems)
        }
        func yaml(_ name: String, required: Bool = true) -> YAMLNode? {
            let path = (folder as NSString).appendingPathComponent(name)
            if !required, !FileManager.default.fileExists(atPath: path) { return nil }
            return YAMLNode.load(path, name: name, log: &log)
        }
        let projectFile = yaml(files.project).map { ProjectFile($0, log: &log) }
        let institutionsFile = yaml(files.institutions).map { InstitutionsFile($0, log: &log) }
        let eventsFile = yaml(files.events).map { EventsFile($0, log: &log) }
        let forumFile = yaml(files.forum, required: false).map { ForumFile($0, log: &log) }
        let participantsList = ParticipantsList(folder: folder, log: &log)
        let attendanceList = AttendanceList(folder: folder, log: &log)

        guard let projectFile, let institutionsFile, let eventsFile else {
            return Result(project: nil, problems: log.problems)
        }
        let project = Project(
            title: projectFile.title, number: projectFile.number, programme: projectFile.programme,
            fundingAuthority: projectFile.fundingAuthority, start: projectFile.start, end: projectFile.end,
            budget: projectFile.budget, grantPercent: projectFile.grantPercent, logo: projectFile.logo,
            logoDescription: projectFile.logoDescription, certificateNumbering: projectFile.certificateNumbering,
            beneficiaries: projectFile.beneficiaries, reportingPeriods: projectFile.periods,
            indicators: projectFile.indicators,
            plannedBudget: projectFile.plannedBudget, expenditure: projectFile.expenditure.map(\.0),
            unions: institutionsFile.unions, institutions: institutionsFile.institutions.map(\.0),
            events: eventsFile.events, participants: participantsList.participants, attendance: attendanceList.rows,
            forum: forumFile?.forum ?? .empty, verificationAddress: projectFile.verificationAddress)
        var checks = CrossChecks(project: project, log: log)
        checks.run(
            projectFile: projectFile, institutionsFile: institutionsFile, eventsFile: eventsFile, forumFile: forumFile,
            participantsList: participantsList, attendanceList: attendanceList)
        return Result(project: project, problems: checks.log.problems)
    }
}
