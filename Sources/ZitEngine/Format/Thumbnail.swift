import ZitXML

/// Where a format keeps the small picture of the first page that file managers, mail programs
/// and "Open" dialogs show, and which of the package's lists of parts name it. A template's
/// picture shows its tags, not a filled document, so generated documents go without it (see
/// `ThumbnailRemoval`).
struct Thumbnail: Sendable {
    /// Entries that are the thumbnail by their name alone (ODF's `Thumbnails/thumbnail.png`).
    var entries: [String] = []
    /// The lists that name the thumbnail; the elements naming it are taken out of each.
    var listings: [PartListing]
}

/// A package part that lists other parts one element each: ODF's manifest, OPC's
/// relationships and content types.
struct PartListing: Sendable {
    /// The list's own entry.
    var part: String
    /// The element naming one part.
    var element: QualifiedName
    /// Its attribute holding the part's name.
    var name: QualifiedName
    var naming: PartNaming
    /// When set, an element whose attribute has one of these values marks the part it names as
    /// the thumbnail (an OPC relationship's type). An element naming that part with another
    /// value means the part serves something else as well, and it is kept.
    var marksThumbnail: Marker?

    struct Marker: Sendable {
        var attribute: QualifiedName
        var values: Set<String>
    }
}

/// How a list spells the name of a package entry.
enum PartNaming: Sendable {
    /// The entry's name as it is (ODF's `manifest:full-path`).
    case entryName
    /// An OPC part name or a relationship target from the package root: with or without a
    /// leading "/", percent-encoded, compared ignoring ASCII case.
    case partName
}
