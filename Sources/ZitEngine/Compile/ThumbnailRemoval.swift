import Foundation
import ZitPackage
import ZitXML

/// What a template's documents leave out so that they carry no thumbnail of the template (with
/// its tags showing): the thumbnail's entries, and the lists that named them, rewritten without
/// them. Worked out once per template; every document gets the same rewritten lists.
struct ThumbnailRemoval: Sendable {
    /// Entries of the template left out of every document.
    let dropped: Set<String>
    /// The lists that named them, rewritten, ready to write in place of the template's.
    let rewritten: [String: PackageEntry]
    /// The same lists as text, for a document that adds to them (its pictures).
    let rewrittenText: [String: [UInt8]]

    static let none = ThumbnailRemoval(dropped: [], rewritten: [:], rewrittenText: [:])

    private init(dropped: Set<String>, rewritten: [String: PackageEntry], rewrittenText: [String: [UInt8]]) {
        self.dropped = dropped
        self.rewritten = rewritten
        self.rewrittenText = rewrittenText
    }

    /// A list that cannot be read leaves everything as it is: a document with the template's
    /// picture is better than one whose lists name an entry it lacks, or no document at all.
    init(_ thumbnail: Thumbnail, in package: Package) {
        self = (try? Self.find(thumbnail, in: package)) ?? .none
    }

    private static func find(_ thumbnail: Thumbnail, in package: Package) throws -> ThumbnailRemoval {
        let resolver = EntryResolver(package)
        var lists: [String: XMLDocument] = [:]
        func list(_ part: String) throws -> XMLDocument? {
            if let parsed = lists[part] { return parsed }
            guard package.contains(part) else { return nil }
            let parsed = try XMLDocument(parsing: try package.read(part), part: part)
            lists[part] = parsed
            return parsed
        }
        var found = Set(thumbnail.entries.filter(package.contains))
        var usedOtherwise = Set<String>()
        for listing in thumbnail.listings {
            guard let marker = listing.marksThumbnail, let document = try list(listing.part) else { continue }
            for (element, entry) in resolver.elements(of: listing, in: document) {
                if let value = element.attribute(marker.attribute), marker.values.contains(value) {
                    found.insert(entry)
                } else {
                    usedOtherwise.insert(entry)
                }
            }
        }
        let dropped = found.subtracting(usedOtherwise)
        // Without a thumbnail every list is copied as it is.
        guard !dropped.isEmpty else { return .none }

        var changed = Set<String>()
        for listing in thumbnail.listings {
            guard let document = try list(listing.part) else { continue }
            for (element, entry) in resolver.elements(of: listing, in: document) where dropped.contains(entry) {
                // The indentation before it goes too, so that no blank line is left.
                if let before = element.previousSibling, before.kind == .text,
                    before.text.allSatisfy(\.isWhitespace)
                {
                    before.remove()
                }
                element.remove()
                changed.insert(listing.part)
            }
        }
        var rewritten: [String: PackageEntry] = [:]
        var rewrittenText: [String: [UInt8]] = [:]
        for part in changed {
            let bytes = lists[part]!.serialized()
            rewritten[part] = .compressedOnce(part, bytes)
            rewrittenText[part] = bytes
        }
        return ThumbnailRemoval(dropped: dropped, rewritten: rewritten, rewrittenText: rewrittenText)
    }
}

/// Turns the names lists give into the package's entry names.
private struct EntryResolver {
    let package: Package
    /// Entry names by their ASCII-lowercased form, for OPC names (compared ignoring case).
    let byFoldedName: [String: String]

    init(_ package: Package) {
        self.package = package
        var folded: [String: String] = [:]
        for name in package.entryNames { folded[Self.fold(name)] = folded[Self.fold(name)] ?? name }
        byFoldedName = folded
    }

    /// The listing's elements that name an entry of the package, with that entry.
    func elements(of listing: PartListing, in document: XMLDocument) -> [(XMLNode, String)] {
        var result: [(XMLNode, String)] = []
        document.root?.walk { node in
            guard node.isElement(listing.element), let name = node.attribute(listing.name),
                let entry = entry(named: name, by: listing.naming)
            else { return }
            result.append((node, entry))
        }
        return result
    }

    func entry(named name: String, by naming: PartNaming) -> String? {
        switch naming {
        case .entryName:
            return package.contains(name) ? name : nil
        case .partName:
            // A target with a scheme (TargetMode="External") is no part of the package.
            guard !name.contains(":"), let decoded = name.removingPercentEncoding else { return nil }
            let relative = String(decoded.drop(while: { $0 == "/" }))
            guard !relative.isEmpty else { return nil }
            return byFoldedName[Self.fold((relative as NSString).standardizingPath)]
        }
    }

    private static func fold(_ name: String) -> String {
        String(
            String.UnicodeScalarView(
                name.unicodeScalars.map { scalar in
                    ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
                }))
    }
}
