import Foundation
import Hummingbird
import ZitPolish
import ZitProject
import ZitServer

/// Uploading a participants' or attendance list: checked with the rest of the project as
/// `zitdocs check` would (the API's `ListCheck`), shown by sheet, row and column, and put in
/// place of the project's file only when its sender chooses to (`ListReplacement`).
enum DataPages {
    struct Form: Sendable {
        var csrf: String
        var uczestnicy: Bool
        var obecnosci: Bool
        var blad: String?
    }

    struct Problem: Sendable {
        var arkusz: String
        var wiersz: String
        var kolumna: String
        var opis: String
        var blad: Bool
    }

    struct Result: Sendable {
        var csrf: String
        var nazwaPliku: String
        var rodzaj: String
        var podsumowanie: String
        var saProblemy: Bool
        var problemy: [Problem]
        var moznaZastapic: Bool
        var przeslany: String
        var zastapiono: String?
    }

    static func add(to table: RouteTable, library: PageLibrary, uploads: PendingUploads) {
        table.on(.get, "/dane", needs: .checkUploads) { request, context, _ in
            library.page(
                "dane", title: "Dane projektu", request: request, context: context,
                content: Form(csrf: csrf(context), uczestnicy: true, obecnosci: false, blad: nil))
        }
        table.on(.post, "/dane/sprawdz", needs: .checkUploads, csrf: .formField) { request, context, access in
            let list: ProjectList = access.form?.field("rodzaj") == "obecnosci" ? .attendance : .participants
            func refuse(_ message: String) -> Response {
                library.page(
                    "dane", title: "Dane projektu", request: request, context: context,
                    content: Form(
                        csrf: csrf(context), uczestnicy: list == .participants, obecnosci: list == .attendance,
                        blad: message),
                    status: .unprocessableContent)
            }
            guard let file = access.form?.file("plik"), !file.bytes.isEmpty else {
                return refuse("Wybierz plik z listą (.xlsx, .ods lub .csv).")
            }
            let suffix = (file.fileName as NSString).pathExtension.lowercased()
            guard let format = ProjectList.Format(rawValue: suffix) else {
                return refuse("Plik „\(file.fileName)” nie jest arkuszem .xlsx, .ods ani .csv.")
            }
            let result = try await check(file.bytes, list: list, format: format, services: access.services)
            let caller = try access.requireCaller()
            var token = ""
            if result.errors.isEmpty {
                token = await uploads.keep(
                    PendingUploads.Upload(
                        owner: caller.accountID, list: list, format: format, fileName: file.fileName,
                        bytes: file.bytes, keptAt: Date()))
            }
            return library.page(
                "dane-wynik", title: "Wynik sprawdzenia", request: request, context: context,
                content: view(result, fileName: file.fileName, list: list, token: token, csrf: csrf(context)))
        }
        table.on(.post, "/dane/zastap", needs: .checkUploads, csrf: .formField) { request, context, access in
            let caller = try access.requireCaller()
            guard let upload = await uploads.take(access.form?.field("przeslany") ?? "", owner: caller.accountID) else {
                throw APIError(
                    .conflict, code: "upload_expired",
                    message: "Przesłany plik nie jest już przechowywany (minęło 30 minut albo został już użyty). "
                        + "Prześlij go ponownie na stronie Dane.")
            }
            // The project may have changed since the check; the file replaces its list only if it still passes.
            let result = try await check(
                upload.bytes, list: upload.list, format: upload.format, services: access.services)
            var page = view(result, fileName: upload.fileName, list: upload.list, token: "", csrf: csrf(context))
            page.moznaZastapic = false
            if result.errors.isEmpty {
                let backups = try ListReplacement(projectFolder: access.services.settings.projectFolder)
                    .replace(upload.list, format: upload.format, with: upload.bytes, at: Date())
                page.zastapiono =
                    "Plik projektu \(upload.list.fileName(upload.format)) został zastąpiony."
                    + (backups.isEmpty ? "" : " Poprzednia wersja: \(backups.joined(separator: ", ")).")
            }
            return library.page(
                "dane-wynik", title: "Wynik sprawdzenia", request: request, context: context, content: page)
        }
    }

    static func csrf(_ context: ServerContext) -> String { context.sessions.session?.csrfToken ?? "" }

    static func check(_ bytes: [UInt8], list: ProjectList, format: ProjectList.Format, services: Services)
        async throws -> ProjectLoader.Result
    {
        let checking = ListCheck(projectFolder: services.settings.projectFolder, scratch: services.scratch)
        return try await JobQueue.onOwnThread { try checking.check(bytes, as: list, format: format) }.get()
    }

    static func view(
        _ result: ProjectLoader.Result, fileName: String, list: ProjectList, token: String, csrf: String
    ) -> Result {
        let problems = (result.errors + result.warnings).map { problem in
            Problem(
                arkusz: problem.sheet ?? problem.file, wiersz: (problem.row ?? problem.line).map(String.init) ?? "—",
                kolumna: problem.column ?? problem.field ?? "—", opis: problem.message,
                blad: problem.severity == .error)
        }
        let summary: String
        switch (result.errors.count, result.warnings.count) {
        case (0, 0): summary = "dane są poprawne."
        case (0, let warnings):
            summary =
                "brak błędów, \(Polish.counted(warnings, one: "ostrzeżenie", few: "ostrzeżenia", many: "ostrzeżeń")); plik można przyjąć."
        case (let errors, _):
            summary =
                "\(Polish.counted(errors, one: "błąd", few: "błędy", many: "błędów")); popraw plik i prześlij go ponownie."
        }
        return Result(
            csrf: csrf, nazwaPliku: fileName, rodzaj: list == .participants ? "uczestnicy" : "obecności",
            podsumowanie: summary, saProblemy: !problems.isEmpty, problemy: problems,
            moznaZastapic: result.errors.isEmpty && !token.isEmpty, przeslany: token, zastapiono: nil)
    }
}
