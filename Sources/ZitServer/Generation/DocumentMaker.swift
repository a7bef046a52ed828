import Foundation
import ZitDocuments
import ZitPolish
import ZitProject

/// Makes documents for requests with the command line's own `Generator`, so a document from the
/// API is the same file, byte for byte, as the one `zitdocs generate` writes.
public struct DocumentMaker: Sendable {
    public let projectFolder: String
    public let templatesFolder: String
    /// Shared by every request and job of the server.
    public let templates = TemplateCache()
    public init(projectFolder: String, templatesFolder: String) {
        self.projectFolder = projectFolder
        self.templatesFolder = templatesFolder
    }

    /// A request checked against the project, with the documents it will make.
    public struct Plan: Sendable {
        public let request: GenerationRequest
        public let facts: ProjectFacts
        public let documents: [PlannedDocument]

        /// One file comes back at once; more become a job.
        public var isSingleFile: Bool { request.merge || documents.count == 1 }

        /// The single file's name as the office would write it (Polish letters kept).
        public var displayName: String {
            let fileExtension = request.format == .pdf ? "pdf" : request.format.rawValue
            if request.merge || documents.count != 1 {
                return "\(request.kind.templateName)-razem\(request.selectionSuffix).\(fileExtension)"
            }
            return "\(documents[0].fileStem).\(fileExtension)"
        }

        /// The batch's ZIP, e.g. "Zaświadczenia-WZP-2.zip".
        public var archiveName: String { "\(request.kind.polishName)\(request.selectionSuffix).zip" }
    }

    /// `facts` are of the project as read for this request (the server keeps it read between changes).
    public func plan(_ request: GenerationRequest, facts: ProjectFacts) throws(GenerationProblem) -> Plan {
        let data = facts.project
        let selection = request.selection
        if let event = selection.event, data.event(event) == nil { throw .unknownEvent(event.rawValue) }
        if let participant = selection.participant, !data.participants.contains(where: { $0.id == participant }) {
            throw .unknownParticipant(participant.rawValue)
        }
        if let period = selection.period, data.period(period) == nil { throw .unknownPeriod(period.rawValue) }
        let documents = DocumentPlans(facts).documents(request.kind, selection: selection)
        guard !documents.isEmpty else { throw .nothingSelected }
        return Plan(request: request, facts: facts, documents: documents)
    }

    /// Runs the generator into `folder`; blocks, so call it off the concurrency pool. The register
    /// and the journal name `author` as the one who made the documents. `inMemory` keeps a single
    /// .docx or .odt in the outcome (`Outcome.document`) instead of writing it.
    public func make(
        _ plan: Plan, into folder: String, author: String, inMemory: Bool = false,
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) throws -> Generator.Outcome {
        var generator = Generator(
            plans: DocumentPlans(plan.facts), projectFolder: projectFolder, templatesFolder: templatesFolder,
            outputFolder: folder, format: plan.request.format)
        generator.author = author
        generator.template = try templates.template(at: generator.templatePath(for: plan.request.kind))
        generator.keepsSingleDocumentInMemory = inMemory
        return try generator.generate(
            plan.request.kind, selection: plan.request.selection, merge: plan.request.merge, progress: progress)
    }

    /// The work of a batch job: the generator's own ZIP of the batch is the job's result.
    public func job(for plan: Plan, author: String) -> JobWork {
        JobWork { context in
            let outcome = try make(plan, into: context.folder, author: author) { done, total in
                context.progress.update(done, of: total)
            }
            context.progress.update(outcome.files.count, of: outcome.files.count)
            guard let archive = outcome.archive else { throw JobFailure("Nie utworzono archiwum dokumentów.") }
            return archive
        }
    }
}
