import Foundation
import HTTPTypes
import Hummingbird
import ZitData
import ZitEngine

/// `POST /api/v1/render`: `zitdocs render` over HTTP, for the office. Hummingbird 2 has no
/// multipart parser and none is among the project's libraries, so both files come in one JSON
/// body: the template as base64, the data as the text of its JSON or YAML.
enum RenderRoutes {
    struct Body: Decodable {
        /// The .docx or .odt template, base64.
        var template: String
        /// The data's text.
        var data: String
        /// `json` or `yaml` (default; it reads JSON too).
        var dataFormat: String?
        var strict: Bool?
        var delimiters: String?
        /// The returned document's name, without extension.
        var name: String?
    }

    static func add(to table: RouteTable) {
        table.on(.post, "/api/v1/render", needs: .render) { request, context, access in
            let body = try await JSONReply.decode(Body.self, from: request, context: context)
            guard let template = Data(base64Encoded: body.template, options: .ignoreUnknownCharacters),
                !template.isEmpty
            else {
                throw APIError.badRequest(
                    "bad_template", "Pole „template” musi zawierać plik szablonu (.docx lub .odt) zakodowany w base64.")
            }
            let format: DataFormat
            switch body.dataFormat?.lowercased() ?? "yaml" {
            case "json": format = .json
            case "yaml", "yml": format = .yaml
            default: throw APIError.badRequest("bad_data_format", "Pole „dataFormat” musi mieć wartość json albo yaml.")
            }
            guard let delimiters = Delimiters(body.delimiters ?? "{{ }}") else {
                throw APIError.badRequest(
                    "bad_delimiters",
                    "Pole „delimiters” wymaga dwóch różnych ograniczników rozdzielonych spacją, np. '{ }'.")
            }
            let render = UploadedRender(
                template: [UInt8](template), data: Data(body.data.utf8), dataFormat: format,
                options: TemplateOptions(delimiters: delimiters, strict: body.strict ?? false))
            let scratch = access.services.scratch
            let document: UploadedRender.Document
            do {
                document = try await JobQueue.onOwnThread { try render.render(in: scratch) }.get()
            } catch let failure as UploadedRender.Failure {
                switch failure {
                case .template(let error):
                    throw APIError(.unprocessableContent, code: "template_error", message: error.description)
                case .data(let error):
                    throw APIError(.unprocessableContent, code: "data_error", message: error.description)
                }
            }
            let name = "\(body.name?.isEmpty == false ? body.name! : "dokument").\(document.fileExtension)"
            var headers: HTTPFields = [
                .contentType: DocumentTypes.mediaType(of: name),
                .contentDisposition: ContentDisposition.attachment(name),
                .cacheControl: "no-store"
            ]
            if !document.warnings.isEmpty {
                headers[HTTPField.Name("X-Zitdocs-Warnings")!] = String(document.warnings.count)
            }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: document.bytes)))
        }
    }
}
