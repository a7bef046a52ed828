import ZitProject

/// `check`'s report as JSON: every problem at its place, and the facts a person checks first.
struct CheckReport: Codable, Sendable {
    struct Problem: Codable, Sendable {
        var severity: String
        var file: String
        var sheet: String?
        /// The row of a sheet (1-based, as the spreadsheet shows it).
        var row: Int?
        var column: String?
        /// The line and key of a YAML file.
        var line: Int?
        var field: String?
        var message: String
    }

    struct Facts: Codable, Sendable {
        var participants: Int
        var events: Int
        var attendanceRows: Int
        var reached: Int
        var women: Int
        var men: Int
        var sexNotGiven: Int
        var institutions: Int
        var unions: Int
        var newUnions: Int
        var leaders: Int
        var oneFormShort: Int
    }

    var errors: Int
    var warnings: Int
    var problems: [Problem]
    var facts: Facts?
    var replaced: Bool
    var backups: [String]

    init(_ result: ProjectLoader.Result, replaced: Bool = false, backups: [String] = []) {
        errors = result.errors.count
        warnings = result.warnings.count
        problems = (result.errors + result.warnings).map { problem in
            let place = problem.location
            return Problem(
                severity: problem.severity.rawValue, file: place.file, sheet: place.sheet,
                row: place.isList ? place.line : nil, column: place.isList ? place.column : nil,
                line: place.isList ? nil : place.line, field: place.isList ? nil : place.column,
                message: problem.message)
        }
        facts = result.project.map { project in
            let facts = ProjectFacts(project)
            let reach = facts.reach()
            return Facts(
                participants: project.participants.count, events: project.events.count,
                attendanceRows: project.attendance.count,
                reached: reach.participants, women: reach.women, men: reach.men, sexNotGiven: reach.sexNotGiven,
                institutions: reach.institutions, unions: reach.unions, newUnions: reach.newUnions,
                leaders: facts.leaders.count, oneFormShort: facts.oneFormShort.count)
        }
        self.replaced = replaced
        self.backups = backups
    }
}
