import Foundation

@testable import ZitEngine

/// With `ZITDOCS_LAYOUT_OUTPUT=DIR` set, the layout tests write each filled document into DIR, so
/// that it can be opened, previewed and checked against the format's schema by hand.
enum LayoutOutput {
    static func keep(_ rendering: Rendering, as name: String) throws {
        guard let folder = ProcessInfo.processInfo.environment["ZITDOCS_LAYOUT_OUTPUT"] else { return }
        let bytes = try DocumentWriter(for: rendering.template).bytes(of: rendering.document)
        try Data(bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
    }
}

extension String {
    /// How many times `piece` occurs.
    func occurrences(of piece: String) -> Int { components(separatedBy: piece).count - 1 }
}
