import Foundation

/// How the server makes documents: where the default templates are, how many jobs run at once
/// and how long their results are kept, and how many generations a user may ask for in a minute.
public struct GenerationSettings: Sendable {
    public var templatesFolder: String
    public var jobs: JobSettings
    public var generationsPerMinute: Int

    public init(
        templatesFolder: String = GenerationSettings.shippedTemplates(), jobs: JobSettings = JobSettings(),
        generationsPerMinute: Int = 120
    ) {
        self.templatesFolder = templatesFolder
        self.jobs = jobs
        self.generationsPerMinute = generationsPerMinute
    }
}

extension GenerationSettings {
    /// The default templates shipped with the program: `Templates/` beside the working directory
    /// or above the program.
    public static func shippedTemplates() -> String {
        var candidates = [FileManager.default.currentDirectoryPath]
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.path)
            folder.deleteLastPathComponent()
        }
        return candidates.map { ($0 as NSString).appendingPathComponent("Templates") }
            .first {
                FileManager.default.fileExists(atPath: ($0 as NSString).appendingPathComponent("zaswiadczenie.docx"))
            }
            ?? "Templates"
    }
}
