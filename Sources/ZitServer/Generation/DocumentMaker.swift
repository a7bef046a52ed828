import Foundation
import ZitDocuments
import ZitEngine
import ZitPolish
import ZitProject
import ZitRegister

/// Makes documents for requests with the command line's own `Generator`, so a document from the
/// API is the same file, byte for byte, as the one `zitdocs generate` writes.
public struct DocumentMaker: Sendable {
    public let projectFolder: String
    public let templatesFolder: String
    /// Shared by every request and job of the server.
    public let templates: TemplateCache
    /// The register certificates made in memory are looked up in before one is sent again; nil
    /// keeps no certificate between requests.
    let register: CertificateRegister?
    let recent = RecentDocuments()

    public init(projectFolder: String, templatesFolder: String, register: CertificateRegister? = nil) {
        self.projectFolder = projectFolder
        self.templatesFolder = templatesFolder
        self.register = register
        templates = TemplateCache(pictures: .folder(projectFolder))
    }

    /// A request checked against the project, with the documents it will make.
    public struct Plan: Sendable {
        public let request: GenerationRequest
        public let facts: ProjectFacts
        public let documents: [PlannedDocument]
        /// The reading of the project `facts` are of (`ProjectSource.Snapshot.version`); nil
        /// when unknown, and then nothing made from the plan is kept.
        public let projectVersion: Int?

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
    public func plan(
        _ request: GenerationRequest, facts: ProjectFacts, projectVersion: Int? = nil
    ) throws(GenerationProblem) -> Plan {
        let data = facts.project
        let selection = request.selection
        if let event = selection.event, data.event(event) == nil { throw .unknownEvent(event.rawValue) }
        if let participant = selection.participant, !data.participants.contains(where: { $0.id == participant }) {
            throw .unknownParticipant(participant.rawValue)
        }
        if let period = selection.period, data.period(period) == nil { throw .unknownPeriod(period.rawValue) }
        let documents = DocumentPlans(facts).documents(request.kind, selection: selection)
        guard !documents.isEmpty else { throw .nothingSelected }
        return Plan(request: request, facts: facts, documents: documents, projectVersion: projectVersion)
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
        let compiled = try templates.compiled(at: generator.templatePath(for: plan.request.kind))
        generator.template = compiled.template
        generator.keepsSingleDocumentInMemory = inMemory
        // A job's result is its ZIP alone; the folder of files beside it would only be removed.
        generator.archivesOnly = true
        let outcome = try generator.generate(
            plan.request.kind, selection: plan.request.selection, merge: plan.request.merge, progress: progress)
        if let document = outcome.document {
            keep(document, of: plan, templateVersion: compiled.version, author: author)
        }
        return outcome
    }

    /// A certificate made a moment ago for the same request, from the same data and template,
    /// while the register holds it as issued under the same name, with this document's checksum,
    /// made by `author`: the generator would make these very bytes again and change nothing in
    /// the register or the journal, so they are sent as they are.
    public func keptCertificate(for plan: Plan, author: String) -> (name: String, bytes: [UInt8])? {
        guard let register, let certificate = plan.documents.first?.certificate,
            let key = try? key(for: plan, templateVersion: nil), let kept = recent.document(for: key),
            let entry = try? register.activeEntry(participant: certificate.participant, subject: certificate.subject),
            entry.number == kept.number, entry.status == .issued, entry.name == certificate.name,
            entry.checksum == kept.checksum, entry.generatedBy == author
        else { return nil }
        return (kept.name, kept.bytes)
    }

    /// Keeps a certificate made in memory once the register confirms it as `author`'s document.
    private func keep(_ document: (name: String, bytes: [UInt8]), of plan: Plan, templateVersion: Int, author: String) {
        guard let register, let certificate = plan.documents.first?.certificate,
            let key = try? key(for: plan, templateVersion: templateVersion)
        else { return }
        let checksum = Checksum.of(bytes: document.bytes)
        guard let entry = try? register.activeEntry(participant: certificate.participant, subject: certificate.subject),
            entry.status == .issued, entry.name == certificate.name, entry.checksum == checksum,
            entry.generatedBy == author
        else { return }
        recent.keep(
            .init(name: document.name, bytes: document.bytes, number: entry.number, checksum: checksum), for: key)
    }

    /// Only a single certificate in .docx or .odt, made from a known reading of the data, is kept.
    /// The template's version is looked up when not given (its file is looked at, not read).
    private func key(for plan: Plan, templateVersion: Int?) throws -> RecentDocuments.Key? {
        let request = plan.request
        guard let projectVersion = plan.projectVersion, plan.documents.count == 1,
            plan.documents[0].certificate != nil, !request.merge, request.format != .pdf
        else { return nil }
        let path = Generator.defaultTemplatePath(for: request.kind, format: request.format, in: templatesFolder)
        let version = try templateVersion ?? templates.compiled(at: path).version
        guard version > 0 else { return nil }
        return RecentDocuments.Key(
            kind: request.kind, event: request.selection.event, participant: request.selection.participant,
            period: request.selection.period, beneficiary: request.selection.beneficiary, format: request.format,
            projectVersion: projectVersion, templateVersion: version)
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
