import Foundation
import Mustache

/// The page templates, the stylesheet and the progress script, read from the module's resources
/// once when the server starts, so a missing or broken template stops the start, not a request.
struct PageLibrary: Sendable {
    enum Failure: Error, CustomStringConvertible {
        case missingResource(String)
        case badTemplate(name: String, reason: String)

        var description: String {
            switch self {
            case .missingResource(let name): "Brak pliku strony WWW w zasobach programu: \(name)."
            case .badTemplate(let name, let reason): "Szablon strony WWW \(name).mustache jest błędny: \(reason)"
            }
        }
    }

    static let templateNames = [
        "uklad", "logowanie", "start", "wydarzenia", "wydarzenie", "zadanie", "uczestnicy", "uczestnik",
        "sprawozdania", "dane", "dane-wynik", "rejestr", "haslo", "weryfikacja", "blad"
    ]

    let templates: MustacheLibrary
    let stylesheet: String
    let script: String

    init() throws(Failure) {
        var library = MustacheLibrary()
        for name in Self.templateNames {
            let text = try Self.resource("Templates/\(name).mustache")
            do {
                try library.register(text, named: name)
            } catch {
                throw .badTemplate(name: name, reason: String(describing: error))
            }
        }
        templates = library
        stylesheet = try Self.resource("Static/styl.css")
        script = try Self.resource("Static/postep.js")
    }

    /// The page `name` filled with `context`; every value is HTML-escaped by the template engine.
    func render(_ name: String, _ context: Any) -> String {
        templates.render(context, withTemplate: name) ?? ""
    }

    private static func resource(_ path: String) throws(Failure) -> String {
        guard let folder = Bundle.module.resourceURL,
            let text = try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        else { throw .missingResource(path) }
        return text
    }
}
