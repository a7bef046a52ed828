import Hummingbird
import NIOCore
import ZitServer

/// The stylesheet and the progress script, from memory.
enum StaticFiles {
    static func add(to table: RouteTable, library: PageLibrary) {
        table.on(.get, "/styl.css", needs: .open) { _, _, _ in
            file(library.stylesheet, type: "text/css; charset=utf-8")
        }
        table.on(.get, "/postep.js", needs: .open) { _, _, _ in
            file(library.script, type: "text/javascript; charset=utf-8")
        }
    }

    static func file(_ text: String, type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
