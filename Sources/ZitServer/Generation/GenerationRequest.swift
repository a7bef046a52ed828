import ZitDocuments
import ZitProject

/// What `zitdocs generate` is asked for: the kind, its selectors, the format and whether merged.
public struct GenerationRequest: Sendable {
    public var kind: DocumentKind
    public var selection: DocumentPlans.Selection
    public var format: Generator.Format
    public var merge: Bool

    public init(
        kind: DocumentKind, selection: DocumentPlans.Selection = .init(), format: Generator.Format = .docx,
        merge: Bool = false
    ) {
        self.kind = kind
        self.selection = selection
        self.format = format
        self.merge = merge
    }

    /// Part of the download's name, naming what was selected.
    var selectionSuffix: String {
        [
            selection.event?.rawValue, selection.participant?.rawValue, selection.period?.rawValue,
            selection.beneficiary?.rawValue
        ]
        .compactMap { $0 }.map { "-\($0)" }.joined()
    }
}
