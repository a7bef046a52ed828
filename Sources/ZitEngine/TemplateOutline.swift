import ZitPackage
import ZitXML

/// What the engine understood of a template before any data is involved: each part's tags and
/// sections, the data the template needs, what looks like a mistake, and the problems that keep
/// it from being filled (the same `render` reports).
public struct TemplateOutline: Sendable, Equatable, Encodable {
    /// The parts holding tags or warnings, in the template's order.
    public var parts: [PartOutline]
    /// The names the template looks up, as a tree (see `DataField`).
    public var data: [DataField]
    /// Every part's warnings and those that concern two parts.
    public var warnings: [TemplateWarning]
    /// Empty when the template can be filled.
    public var problems: [TemplateProblem]

    public var rendersWithoutErrors: Bool { problems.isEmpty }
}

extension Template {
    /// Reads the template the way it is compiled for filling, and says what was understood.
    /// Problems of its tags are in the outline; a file that is no template is thrown.
    public static func outline(contentsOf path: String, options: TemplateOptions = TemplateOptions())
        throws(TemplateError) -> TemplateOutline
    {
        let package: Package
        do throws(PackageError) { package = try Package(contentsOf: path, limits: options.limits) } catch {
            throw .package(error)
        }
        return try outline(of: package, options: options)
    }

    public static func outline(bytes: [UInt8], name: String, options: TemplateOptions = TemplateOptions())
        throws(TemplateError) -> TemplateOutline
    {
        let package: Package
        do throws(PackageError) { package = try Package(bytes: bytes, name: name, limits: options.limits) } catch {
            throw .package(error)
        }
        return try outline(of: package, options: options)
    }

    static func outline(of package: Package, options: TemplateOptions) throws(TemplateError) -> TemplateOutline {
        let format = try TemplateFormat.of(package)
        var parts: [PartOutline] = []
        var uses: [NameUse] = []
        var problems: [TemplateProblem] = []
        do {
            for (part, markup) in try format.partsToFill(in: package) {
                let document = try XMLDocument(parsing: try package.read(part), part: part)
                guard let root = document.root else { continue }
                let compiler = PartCompiler(part: part, markup: markup, delimiters: options.delimiters)
                let reading = compiler.read(root)
                let (outline, partUses) = PartOutliner(part: part, markup: markup, delimiters: options.delimiters)
                    .outline(root, tags: reading.tags, sections: reading.sections)
                problems += reading.problems
                uses += partUses
                if !outline.tags.isEmpty || !outline.warnings.isEmpty { parts.append(outline) }
            }
        } catch {
            throw wrap(error)
        }
        return TemplateOutline(
            parts: parts, data: DataNeeds(uses).fields, warnings: parts.flatMap(\.warnings) + crossPart(problems),
            problems: problems)
    }

    /// A section opened in one part and closed in another is two errors, one in each part;
    /// said once more as what it most likely is.
    private static func crossPart(_ problems: [TemplateProblem]) -> [TemplateWarning] {
        var warnings: [TemplateWarning] = []
        for problem in problems {
            guard case .unexpectedClose(let name) = problem.kind else { continue }
            let opened = problems.contains { other in
                other.location.part != problem.location.part && other.kind == .unclosedSection(name)
            }
            if opened {
                warnings.append(TemplateWarning(kind: .closedInAnotherPart, location: problem.location, text: name))
            }
        }
        return warnings
    }
}

extension TemplateProblem: Encodable {
    private enum CodingKeys: String, CodingKey { case location, message, document }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(location, forKey: .location)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(document, forKey: .document)
    }
}
