import ArgumentParser
import Foundation
import ZitData
import ZitEngine
import ZitPolish

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Wypełnia szablon danymi z pliku JSON lub YAML.",
        discussion: """
            Jeden dokument:
              zitdocs render zaswiadczenie.docx --data dane.yaml --output wynik.docx
            Osobny dokument dla każdego elementu listy:
              zitdocs render zaswiadczenie.docx --data dane.yaml --each participants \\
                  --name '{{lastName}}-{{firstName}}' --output Output/zaswiadczenia
            Wszystkie w jednym pliku:
              zitdocs render zaswiadczenie.docx --data dane.yaml --each participants \\
                  --merge --output Output/zaswiadczenia.docx
            Wynik ma format szablonu (.docx lub .odt).
            """)

    @Argument(help: "Szablon: plik .docx lub .odt ze znacznikami {{…}}.")
    var template: String

    @Option(help: "Dane: plik .json, .yaml lub .yml.")
    var data: String

    @Option(help: "Dokument do zapisania, a przy --each (bez --merge) folder na dokumenty.")
    var output: String

    @Option(
        help: "Utwórz osobny dokument dla każdego elementu tej listy w danych (ścieżka z kropkami, np. participants).")
    var each: String?

    @Option(help: "Przy --each: nazwa pliku każdego dokumentu, ze znacznikami, np. '{{lastName}}-{{firstName}}'.")
    var name: String?

    @Flag(help: "Przy --each: połącz wszystkie dokumenty w jeden, każdy od nowej strony.")
    var merge = false

    @Option(help: "Ograniczniki znaczników rozdzielone spacją, np. '{ }' dla szablonów programu docxtemplater.")
    var delimiters = "{{ }}"

    @Flag(help: "Traktuj brakujące wartości i niedozwolone znaki w danych jako błędy.")
    var strict = false

    func validate() throws {
        if Delimiters(delimiters) == nil {
            throw ValidationError("--delimiters wymaga dwóch różnych ograniczników rozdzielonych spacją, np. '{ }'.")
        }
        if merge, each == nil { throw ValidationError("--merge działa tylko razem z --each.") }
        if name != nil, each == nil { throw ValidationError("--name działa tylko razem z --each.") }
    }

    func run() throws {
        try Messages.reportingFailures(renderDocuments)
    }

    private func renderDocuments() throws {
        // Pictures named by path are looked for beside the data file (stdin: the current folder).
        let pictureFolder = data == "-" ? "." : (data as NSString).deletingLastPathComponent
        let options = TemplateOptions(
            delimiters: Delimiters(delimiters) ?? .mustache, strict: strict,
            pictures: .folder(pictureFolder.isEmpty ? "." : pictureFolder))
        let path = template
        let reading = Concurrently { () throws(TemplateError) in try Template(contentsOf: path, options: options) }
        let values: TemplateValue
        do {
            values = try loadData()
        } catch {
            // A broken template is reported before broken data, as when they were read in turn.
            _ = try reading.value()
            throw error
        }
        let template = try reading.value()
        KeptUntilExit.keep(values)
        let fileExtension = template.format.fileExtension

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
        let progress = Progress(total: items.count, label: "Dokumenty")
        let warnings = try Batch.write(
            zip(items, names).map { BatchItem(data: $0, fileName: $1) }, with: template, outer: values,
            into: output, progress: progress.update)
        progress.finish()
        warn(warnings)
    }

    /// `-` reads standard input, as it comes, as YAML (which also reads JSON).
    private func loadData() throws(DataFileError) -> TemplateValue {
        guard data == "-" else { return try DataFile.load(from: URL(fileURLWithPath: data)) }
        guard let bytes = try? FileHandle.standardInput.readToEnd() ?? Data() else { throw DataFile.unreadable(data) }
        return try DataFile.value(from: bytes, format: .yaml, file: data)
    }

    private func outputFile(extension fileExtension: String) throws -> String {
        let given = (output as NSString).pathExtension.lowercased()
        guard given == fileExtension else {
            throw ValidationError(
                "Szablon jest dokumentem .\(fileExtension), więc nazwa w --output musi kończyć się na .\(fileExtension) (podano „\(output)”)."
            )
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
        for warning in warnings { Messages.report("ostrzeżenie: \(warning)") }
    }
}

/// Data that lives until the process ends. Releasing a list of a hundred thousand rows value
/// by value takes a tenth of the time it took to read them, for memory the system takes back
/// at once when the process exits.
private final class KeptUntilExit<Value>: Sendable where Value: Sendable {
    let value: Value

    private init(_ value: Value) { self.value = value }

    static func keep(_ value: Value) {
        _ = Unmanaged.passRetained(KeptUntilExit(value))
    }
}
