import Foundation
import Hummingbird
import NIOCore
import ZitDocuments
import ZitRegister

/// The register: entries as the caller may see them, one number, totals, and the auditor's export
/// (the rows of `zitdocs register export`).
enum RegisterRoutes {
    static func add(to table: RouteTable) {
        table.on(.get, "/api/v1/register", needs: .readRegister) { request, context, access in
            let scope = try await access.scope()
            let entries = scope.visibleEntries(try access.services.register.entries())
            return try JSONReply.make(
                entries.map { EntryJSON($0, project: scope.project) }, request: request, context: context)
        }
        table.on(.get, "/api/v1/register/totals", needs: .readRegisterTotals) { request, context, access in
            let scope = try await access.scope()
            return try JSONReply.make(
                RegisterTotalsJSON(scope.countedEntries(try access.services.register.entries())), request: request,
                context: context)
        }
        table.on(.get, "/api/v1/register/entries/{number}", needs: .readRegister, catchAll: true) {
            request, context, access in
            let scope = try await access.scope()
            let number = try access.remainingPath()
            guard
                let entry = scope.visibleEntries(try access.services.register.entries()).first(where: {
                    $0.number == number
                })
            else {
                throw APIError.notFound
            }
            return try JSONReply.make(EntryJSON(entry, project: scope.project), request: request, context: context)
        }
        table.on(.get, "/api/v1/register/export", needs: .exportRegister) { request, context, access in
            let scope = try await access.scope()
            let format = request.uri.queryParameters["format"].map(String.init) ?? "xlsx"
            let rows = RegisterTable.rows(try access.services.register.entries(), project: scope.project)
            switch format {
            case "csv":
                return download(
                    Data(RegisterTable.csv(header: RegisterTable.header, rows: rows).utf8),
                    type: "text/csv; charset=utf-8", name: "rejestr-zaswiadczen.csv")
            case "xlsx":
                let data = try xlsx(rows, in: access.services.settings.dataFolder)
                return download(
                    data, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    name: "rejestr-zaswiadczen.xlsx")
            default:
                throw APIError.badRequest("bad_format", "Rejestr można pobrać jako xlsx lub csv (parametr format).")
            }
        }
    }

    /// The workbook is written to a file of the server's own naming, read back and removed.
    static func xlsx(_ rows: [[String]], in dataFolder: String) throws -> Data {
        let folder = (dataFolder as NSString).appendingPathComponent("tmp")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = (folder as NSString).appendingPathComponent("rejestr-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try RegisterTable.write(sheetName: RegisterTable.sheetName, header: RegisterTable.header, rows: rows, to: path)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    static func download(_ data: Data, type: String, name: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
