import Hummingbird
import ZitServer

/// A job's page: its progress (live with the script, by reloading without it) and, once done,
/// its file. Another user's job does not exist for the caller (404), as in the API.
enum JobPages {
    struct View: Sendable {
        var id: String
        var tytulZadania: String
        var stan: String
        var procent: Int
        var krok: Int
        var opis: String
        var trwa: Bool
        var gotowe: Bool
        var komunikat: String?
        var liczba: String
    }

    static func add(to table: RouteTable, library: PageLibrary) {
        table.on(.get, "/zadania/{id}", needs: .readJobs) { request, context, access in
            let (id, viewer) = try JobRoutes.identify(access)
            guard let job = await access.services.jobs.snapshot(id, for: viewer) else { throw APIError.notFound }
            return library.page(
                "zadanie", title: job.title, request: request, context: context, content: view(job))
        }
        table.on(.get, "/zadania/{id}/plik", needs: .readJobs) { _, context, access in
            try await JobRoutes.download(access: access, context: context)
        }
    }

    static func view(_ job: JobSnapshot) -> View {
        let running = job.state == .queued || job.state == .running
        // 100 only once the file can be downloaded: after the last document the ZIP is still being written.
        let percent = job.state == .done ? 100 : job.total > 0 ? min(99, 100 * job.done / job.total) : 0
        let text: String
        switch job.state {
        case .queued: text = "Zadanie czeka w kolejce."
        case .running:
            text = job.total > 0 ? "Utworzono \(job.done) z \(job.total) dokumentów." : "Zadanie się rozpoczęło."
        case .done: text = "Gotowe"
        case .failed: text = "Nie udało się utworzyć dokumentów."
        case .cancelled: text = "Zadanie zostało anulowane."
        }
        return View(
            id: job.id.rawValue, tytulZadania: job.title, stan: running ? "trwa" : "koniec", procent: percent,
            krok: percent / 5 * 5, opis: text, trwa: running, gotowe: job.state == .done,
            komunikat: job.state == .failed ? job.message : nil,
            liczba: "Dokumentów w pliku: \(job.total).")
    }
}
