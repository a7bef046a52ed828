import ZitPolish
import ArgumentParser
import Foundation
import ZitEngine

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fill a template with data from a JSON or YAML file.",
        discussion: """
            One document:      zitdocs render zaswiadczenie.docx --data dane.yaml --output wynik.docx
            One per list item: zitdocs render zaswiadczenie.docx --data dane.yaml --each participants \\
                                   --name '{{lastName}}-{{firstName}}' --output Output/zaswiadczenia
            All in one file:   zitdocs render zaswiadczenie.docx --data dane.yaml --each participants --merge \\
                                   --output Output/zaswiadczenia.docx
            The output is of the template's kind (.docx or .odt).
            """)

    @Argument(help: "The template: a .docx or .odt file with {{tags}}.")
    var template: String

    @Option(help: "The data: a .json, .yaml or .yml file.")
    var data: String

    @Option(help: "The document to write, or with --each (and no --merge) the folder for the documents.")
    var output: String

    @Option(help: "Make one document per element of this list in the data (a dotted path, e.g. participants).")
    var each: String?

    @Option(help: "With --each: the file name of each document, with tags, e.g. '{{lastName}}-{{firstName}}'.")
    var name: String?

    @Flag(help: "With --each: put all the documents into one, each starting on a new page.")
    var merge = false

    @Option(help: "The tag delimiters, separated by a space, e.g. '{ }' for docxtemplater templates.")
    var delimiters = "{{ }}"

    @Flag(help: "Treat missing values and unusable characters in the data as errors.")
    var strict = false

    func validate() throws {
        if Delimiters(delimiters) == nil {
            throw ValidationError("--delimiters needs two different delimiters separated by a space, e.g. '{ }'.")
        }
        if merge, each == nil { throw ValidationError("--merge works together with --each.") }
        if name != nil, each == nil { throw ValidationError("--name works together with --each.") }
    }

    func run() throws {
        try Messages.reportingFailures(renderDocuments)
    }

    private func renderDocuments() throws {
        let options = TemplateOptions(delimiters: Delimiters(delimiters) ?? .mustache, strict: strict)
        let template = try Template(contentsOf: template, options: options)
        let values = try DataFile.load(data)
        let fileExtension = template.kind.fileExtension

        guard let each else {
            let target = try outputFile(extension: fileExtension)
            let document = try template.render(values)
            try DocumentWriter(for: template).write(document, to: target)
            warn(document.warnings)
            return
        }
        let items = try DataFile.list(at: each, in: values, file: data)
        if merge {
            let target = try outputFile(extension: fileExtension)
            let document = try template.renderMerged(items, outer: values)
            try DocumentWriter(for: template).write(document, to: target)
            warn(document.warnings)
            return
        }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let names = try fileNames(for: items, outer: values, fileExtension: fileExtension)
        let progress = Progress(total: items.count, label: "Documents")
        let warnings = try Batch.write(
            zip(items, names).map { BatchItem(data: $0, fileName: $1) }, with: template, outer: values,
            into: output, progress: progress.update)
        progress.finish()
        warn(warnings)
    }

    private func outputFile(extension fileExtension: String) throws -> String {
        let given = (output as NSString).pathExtension.lowercased()
        guard given == fileExtension else {
            throw ValidationError("The template is a .\(fileExtension) document, so --output must end in .\(fileExtension) (it is \"\(output)\").")
        }
        return output
    }

    private func fileNames(for items: [TemplateValue], outer: TemplateValue, fileExtension: String) throws -> [String] {
        let base = ((template as NSString).lastPathComponent as NSString).deletingPathExtension
        let pattern = try TextTemplate(name ?? "\(base)-{{@number}}", delimiters: Delimiters(delimiters) ?? .mustache)
        var used = Set<String>()
        var names: [String] = []
        for (index, item) in items.enumerated() {
            let stem = Polish.safeFileName(try pattern.render(item, outer: outer, index: index, count: items.count))
            var candidate = "\(stem).\(fileExtension)"
            var suffix = 2
            while used.contains(candidate.lowercased()) {
                candidate = "\(stem)-\(suffix).\(fileExtension)"
                suffix += 1
            }
            used.insert(candidate.lowercased())
            names.append(candidate)
        }
        return names
    }

    private func warn(_ warnings: [TemplateProblem]) {
        for warning in warnings { Messages.report("warning: \(warning)") }
    }
}
