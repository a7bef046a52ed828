import Hummingbird
import NIOCore
import ZitServer

/// What a template is filled with: the page's title, the chrome (nil when signed out) and `d`,
/// the page's own content.
struct PageContext<Content: Sendable>: Sendable {
    var tytul: String
    var chrome: Chrome?
    var d: Content
}

extension PageLibrary {
    /// The page as an HTML response.
    func page<Content: Sendable>(
        _ template: String, title: String, chrome: Chrome?, content: Content, status: HTTPResponse.Status = .ok
    ) -> Response {
        let html = render(template, PageContext(tytul: title, chrome: chrome, d: content))
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// A page for the request's caller.
    func page<Content: Sendable>(
        _ template: String, title: String, request: Request, context: ServerContext, content: Content,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        page(
            template, title: title, chrome: Chrome(context: context, path: request.uri.path), content: content,
            status: status)
    }
}

/// A 303 to `location`, as after a form is sent.
func seeOther(_ location: String) -> Response {
    Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
}
