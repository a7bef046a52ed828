import Foundation
import Hummingbird

/// `POST /api/v1/check/{participants|attendance}`: a list sent as the body (xlsx, ods or csv, said
/// by `?format=` or Content-Type) checked with the rest of the project as `zitdocs check` would
/// check it. With `?replace=true` a list without errors takes the project's list's place.
enum CheckRoutes {
    static func add(to table: RouteTable) {
        for list in ProjectList.allCases {
            table.on(.post, "/api/v1/check/\(list.rawValue)", needs: .checkUploads) { request, context, access in
                try await check(list, request: request, context: context, access: access)
            }
        }
    }

    static func check(_ list: ProjectList, request: Request, context: ServerContext, access: Access) async throws
        -> Response
    {
        let format = try format(of: request)
        let replace = request.uri.queryParameters.get("replace") == "true"
        let bytes = [UInt8](buffer: try await request.body.collect(upTo: context.maxUploadSize))
        guard !bytes.isEmpty else {
            throw APIError.badRequest("empty_upload", "Nie przesłano pliku: treść żądania jest pusta.")
        }
        let services = access.services
        let checking = ListCheck(projectFolder: services.settings.projectFolder, scratch: services.scratch)
        let result = try await JobQueue.onOwnThread { try checking.check(bytes, as: list, format: format) }.get()
        guard replace else {
            return try JSONReply.make(CheckReport(result), request: request, context: context)
        }
        guard result.errors.isEmpty else {
            return try JSONReply.make(
                CheckReport(result), status: .unprocessableContent, request: request, context: context)
        }
        let replacement = ListReplacement(projectFolder: services.settings.projectFolder)
        let backups = try replacement.replace(list, format: format, with: bytes, at: Date())
        return try JSONReply.make(
            CheckReport(result, replaced: true, backups: backups), request: request, context: context)
    }

    static func format(of request: Request) throws -> ProjectList.Format {
        if let name = request.uri.queryParameters.get("format") {
            guard let format = ProjectList.Format(rawValue: name.lowercased()) else {
                throw APIError.badRequest("bad_format", "Parametr „format” musi mieć wartość xlsx, ods lub csv.")
            }
            return format
        }
        if let type = request.headers[.contentType], let format = ProjectList.Format(mediaType: type) { return format }
        throw APIError(
            .unsupportedMediaType, code: "unknown_list_format",
            message:
                "Nie wiadomo, w jakim formacie jest lista: podaj ?format=xlsx, ods albo csv lub odpowiedni nagłówek Content-Type."
        )
    }
}
