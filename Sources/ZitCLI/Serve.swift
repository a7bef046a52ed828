import ArgumentParser
import Foundation
import Logging
import ZitRegister
import ZitServer
import ZitWeb

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Uruchamia serwis HTTP projektu (API i stronę WWW); zatrzymuje się po Ctrl+C lub SIGTERM.",
        discussion:
            "Serwis nie startuje, dopóki w projekcie nie ma żadnego konta: pierwsze konto biura zakłada polecenie zitdocs user add."
    )

    @Option(help: "Folder projektu (domyślnie: przykładowy projekt w Examples/projekt).")
    var project: String?
    @Option(help: "Adres, na którym serwis przyjmuje połączenia.")
    var host = "127.0.0.1"
    @Option(help: "Port.")
    var port = 8080
    @Option(help: "Folder roboczy serwisu (domyślnie: .zitdocs-serwer w folderze projektu).")
    var dataDir: String?
    @Option(help: "Największy rozmiar przesyłanych danych w MB.")
    var bodyLimit = 20
    @Option(help: "Ile zadań (partii dokumentów) może trwać naraz; pozostałe czekają w kolejce.")
    var jobs = max(1, ProcessInfo.processInfo.activeProcessorCount)
    @Option(help: "Przez ile minut wynik zadania (archiwum ZIP) można pobrać, zanim zostanie usunięty.")
    var jobRetention = 60
    @Option(help: "Ile razy na minutę jeden użytkownik może zlecić utworzenie dokumentów.")
    var generationsPerMinute = 120
    @Flag(help: "Serwis jest dostępny przez HTTPS (np. za serwerem proxy): ciasteczko sesji dostaje atrybut Secure.")
    var tls = false

    func run() async throws {
        let folder = try ProjectFolder.chosen(project)
        guard (1...1024).contains(bodyLimit) else {
            throw ValidationError("--body-limit: podaj liczbę MB od 1 do 1024.")
        }
        guard (1...64).contains(jobs) else { throw ValidationError("--jobs: podaj liczbę od 1 do 64.") }
        guard jobRetention >= 1 else { throw ValidationError("--job-retention: podaj liczbę minut, co najmniej 1.") }
        guard generationsPerMinute >= 1 else {
            throw ValidationError("--generations-per-minute: podaj liczbę, co najmniej 1.")
        }
        guard let templates = ProjectFolder.templates() else {
            throw ValidationError("Nie znaleziono folderu Templates z domyślnymi szablonami.")
        }
        let generation = GenerationSettings(
            templatesFolder: templates, jobs: JobSettings(workers: jobs, retention: .seconds(jobRetention * 60)),
            generationsPerMinute: generationsPerMinute)
        let settings = ServerSettings(
            projectFolder: folder, dataFolder: dataDir, host: host, port: port, bodyLimit: bodyLimit << 20,
            secureCookies: tls,
            generation: generation)
        let web: RouteArea
        do {
            web = try WebSite.area()
        } catch {
            throw ValidationError("\(error)")
        }
        let server: Server
        do {
            server = try Server(settings: settings, areas: [web])
            if try server.services.accounts.store.accounts().filter({ $0.role == .office && !$0.isDisabled }).isEmpty {
                throw ValidationError(
                    """
                    W projekcie \(folder) nie ma jeszcze żadnego aktywnego konta biura, więc serwis nie został uruchomiony \
                    (nie ma hasła domyślnego). Załóż pierwsze konto poleceniem:
                      zitdocs user add biuro --role office --project \(folder)
                    (hasło zostanie wczytane z terminala), a potem uruchom zitdocs serve ponownie.
                    """)
            }
        } catch let failure as CertificateRegister.Failure {
            throw ValidationError(failure.description)
        }
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        var logger = Logger(label: "zitdocs.serwer")
        logger.logLevel = .info
        logger.info(
            "Serwis projektu \(folder) pod adresem http://\(host):\(port) (folder roboczy: \(settings.dataFolder)).")
        try await server.run(logger: logger)
    }
}
