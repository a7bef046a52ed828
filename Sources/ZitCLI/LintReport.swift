import Foundation
import ZitEngine

/// What `zitdocs lint` prints: a template's outline for a person at a terminal, or as JSON.
struct LintReport {
    let template: String
    let outline: TemplateOutline
    let comparison: DataComparison?
    let dataFile: String?
    /// The lines `render` would print for the template; empty when it can be filled.
    let errors: [String]

    // MARK: - Text

    var text: String {
        var lines = ["Szablon: \(template)"]
        lines += ["", "Znaczniki:"]
        if outline.parts.allSatisfy(\.tags.isEmpty) { lines.append("  (brak)") }
        for part in outline.parts where !part.tags.isEmpty {
            lines.append("  \(TemplateLocation.partTitle(part.part))")
            for tag in part.tags {
                let filters = tag.filters.isEmpty ? "" : " — filtry: \(tag.filters.joined(separator: ", "))"
                lines.append("    \(tag.location.place): \(tag.source)\(filters) — „\(tag.location.excerpt)”")
            }
        }
        lines += ["", "Sekcje:"]
        if outline.parts.allSatisfy(\.sections.isEmpty) { lines.append("  (brak)") }
        for part in outline.parts where !part.sections.isEmpty {
            lines.append("  \(TemplateLocation.partTitle(part.part))")
            for section in part.sections { Self.describe(section, depth: 2, into: &lines) }
        }
        lines += ["", "Potrzebne dane:"]
        if outline.data.isEmpty { lines.append("  (żadne)") }
        for field in outline.data { Self.describe(field, depth: 1, into: &lines) }
        if let comparison, let dataFile {
            lines += ["", dataFile == "-" ? "Dane ze standardowego wejścia:" : "Dane z \(dataFile):"]
            lines.append(
                comparison.missing.isEmpty
                    ? "  niczego nie brakuje" : "  brakuje: \(comparison.missing.joined(separator: ", "))")
            lines.append(
                comparison.unused.isEmpty
                    ? "  wszystkie są użyte" : "  nieużywane: \(comparison.unused.joined(separator: ", "))")
        }
        if !outline.warnings.isEmpty {
            lines += ["", "Ostrzeżenia:"]
            lines += outline.warnings.map { "  \($0)" }
        }
        lines += ["", errors.isEmpty ? "Szablon da się wypełnić." : "Szablonu nie da się wypełnić (błędy poniżej)."]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describe(_ section: OutlineSection, depth: Int, into lines: inout [String]) {
        let sign = section.inverted ? "^" : "#"
        let indent = String(repeating: "  ", count: depth)
        lines.append("\(indent)\(sign)\(section.name) — \(repeats(section)) (od: \(section.opening.place))")
        for inner in section.sections { describe(inner, depth: depth + 1, into: &lines) }
    }

    static func repeats(_ section: OutlineSection) -> String {
        let repeats = section.repeats
        func span(_ one: String, _ many: String) -> String {
            guard let first = repeats.first, let last = repeats.last else { return "" }
            return first == last ? "\(one) \(first)" : "\(many) \(first)–\(last)"
        }
        switch repeats.kind {
        case .inlineText:
            return "tekst między znacznikami w jednym akapicie"
        case .paragraphs:
            return repeats.first == nil ? "nic (między znacznikami nie ma akapitów)" : span("akapit", "akapity")
        case .tableRows:
            return span("wiersz", "wiersze") + (repeats.table.map { " tabeli \($0)" } ?? "")
        case .acrossParagraphs:
            return "treść od znacznika w akapicie \(repeats.first ?? 0) do znacznika w akapicie \(repeats.last ?? 0)"
        }
    }

    private static func describe(_ field: DataField, depth: Int, into lines: inout [String]) {
        let kind =
            switch field.kind {
            case .value: ""
            case .flag: " (warunek: pokazuje albo ukrywa sekcję)"
            case .object: " (obiekt)"
            case .list: field.fields.isEmpty ? " (lista wartości)" : " (lista; pola każdego elementu:)"
            }
        lines.append(String(repeating: "  ", count: depth) + field.name + kind)
        for inner in field.fields { describe(inner, depth: depth + 1, into: &lines) }
    }

    // MARK: - JSON

    struct Document: Encodable {
        var template: String
        var renders: Bool
        var errors: [String]
        var schema: DataSchema
        var data: [DataField]
        var parts: [PartOutline]
        var warnings: [TemplateWarning]
        var comparison: DataComparison?
    }

    var document: Document {
        Document(
            template: template, renders: errors.isEmpty, errors: errors,
            schema: DataSchema(outline.data, title: (template as NSString).lastPathComponent), data: outline.data,
            parts: outline.parts, warnings: outline.warnings, comparison: comparison)
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
