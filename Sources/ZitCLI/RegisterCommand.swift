import ArgumentParser
import Foundation
import ZitDocuments
import ZitPackage
import ZitProject
import ZitRegister
import ZitSheets

struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Rejestr wydanych zaświadczeń.",
        subcommands: [List.self, Show.self, Cancel.self, Export.self, Journal.self])

    struct Location: ParsableArguments {
        @Option(help: "Folder projektu (domyślnie: przykładowy projekt).")
        var project: String?

        func folder() throws -> String {
            let folder = try ProjectFolder.chosen(project)
            return folder
        }

        func open() throws -> CertificateRegister {
            let folder = try folder()
            var register: CertificateRegister?
            try Messages.reportingFailures { register = try CertificateRegister(folder: folder) }
            return register!
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Wypisuje wszystkie numery zaświadczeń z datą wydania, osobą, opisem „Dotyczy” i statusem.")
        @OptionGroup var location: Location

        func run() throws {
            let register = try location.open()
            try Messages.reportingFailures {
                for entry in try register.entries() {
                    print(
                        [entry.number, entry.issuedOn, entry.participant, entry.name, entry.subject, Show.status(entry)]
                            .joined(separator: "\t"))
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Wypisuje wpis jednego zaświadczenia.")
        @OptionGroup var location: Location
        @Argument(help: "Numer zaświadczenia, np. 3/2026/WZP.") var number: String

        func run() throws {
            let register = try location.open()
            try Messages.reportingFailures {
                guard let entry = try register.entries().first(where: { $0.number == number }) else {
                    throw ValidationError("W rejestrze nie ma zaświadczenia o numerze \(number).")
                }
                print(
                    """
                    Numer:          \(entry.number)
                    Uczestnik:      \(entry.name) (\(entry.participant))
                    Dotyczy:        \(Self.subject(entry.subject, in: try location.folder()))
                    Data wydania:   \(RegisterDocument.issueDateText(entry.issuedOn))
                    Status:         \(Self.status(entry))
                    Wygenerował(a): \(Self.author(entry))
                    Suma kontrolna: \(Self.checksum(entry))
                    """)
            }
        }

        /// The event's name beside its id when the project can be read; the id alone otherwise.
        static func subject(_ subject: String, in folder: String) -> String {
            guard let project = ProjectLoader.load(folder: folder).project else { return subject }
            let text = RegisterDocument.subjectText(subject, in: project)
            return text == subject ? subject : "\(text) (\(subject))"
        }

        static func author(_ entry: CertificateRegister.Entry) -> String {
            guard let user = entry.generatedBy else {
                return entry.status == .reserved
                    ? "— (dokument jeszcze nie zapisany)"
                    : "brak (zaświadczenie wydane przez wcześniejszą wersję programu)"
            }
            return user + (entry.generatedAt.map { ", \($0)" } ?? "")
        }

        /// What the checksum covers, so that it can be checked with `sha256sum` against the file.
        static func checksum(_ entry: CertificateRegister.Entry) -> String {
            guard let checksum = entry.checksum else {
                return entry.status == .reserved
                    ? "— (dokument jeszcze nie zapisany)"
                    : "brak (zaświadczenie wydane przez wcześniejszą wersję programu)"
            }
            return "SHA-256 pliku dokumentu: \(checksum)"
        }

        static func statusWord(_ status: CertificateRegister.Entry.Status) -> String {
            RegisterTable.statusWord(status)
        }

        static func status(_ entry: CertificateRegister.Entry) -> String {
            switch entry.status {
            case .issued: "wydane"
            case .reserved: "zarezerwowane (dokument jeszcze nie zapisany)"
            case .cancelled: "anulowane: \(entry.cancellationReason ?? "")"
            }
        }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cancel", abstract: "Anuluje zaświadczenie; jego numer nie zostanie już nigdy nadany ponownie."
        )
        @OptionGroup var location: Location
        @Argument(help: "Numer zaświadczenia, np. 3/2026/WZP.") var number: String
        @Option(help: "Powód anulowania (zapisywany w rejestrze).") var reason: String

        func run() throws {
            let register = try location.open()
            try Messages.reportingFailures { try register.cancel(number, reason: reason) }
            print("Anulowano \(number).")
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Zapisuje rejestr dla audytora: .xlsx, .csv albo .docx/.odt do druku (według rozszerzenia pliku)."
        )
        @OptionGroup var location: Location
        @Option(help: "Plik do zapisania: rejestr.xlsx, rejestr.csv, rejestr.docx lub rejestr.odt.") var output: String
        @Option(help: "Dla .docx/.odt: własny szablon biura zamiast Templates/rejestr-zaswiadczen.") var template:
            String?

        func run() throws {
            let register = try location.open()
            try Messages.reportingFailures {
                let fileExtension = (output as NSString).pathExtension.lowercased()
                guard ["xlsx", "csv", "docx", "odt"].contains(fileExtension) else {
                    throw ValidationError(
                        "Rejestr można zapisać jako .xlsx, .csv, .docx lub .odt; podaj taką nazwę pliku w --output (np. rejestr.xlsx)."
                    )
                }
                let folder = try location.folder()
                let project = ProjectLoader.load(folder: folder).project
                if fileExtension == "docx" || fileExtension == "odt" {
                    guard let project else {
                        throw ValidationError("Nie da się odczytać danych projektu; uruchom zitdocs check.")
                    }
                    guard
                        let path = template
                            ?? ProjectFolder.templates().map({
                                "\($0)/\(RegisterDocument.templateName).\(fileExtension)"
                            })
                    else {
                        throw ValidationError("Nie znaleziono folderu Templates z domyślnymi szablonami.")
                    }
                    try RegisterDocument.write(
                        try register.entries(), statusWords: Show.statusWord, project: project, projectFolder: folder,
                        template: path, to: output)
                    return
                }
                if project == nil {
                    Messages.report(
                        "Uwaga: dane projektu w \(folder) nie dają się odczytać (sprawdź: zitdocs check); "
                            + "w kolumnie „Dotyczy” są identyfikatory wydarzeń.")
                }
                let rows = RegisterTable.rows(try register.entries(), project: project)
                try Table.write(
                    sheetName: RegisterTable.sheetName, header: RegisterTable.header, rows: rows, to: output)
            }
            print("Zapisano \(output).")
        }
    }

    struct Journal: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "journal",
            abstract:
                "Zapisuje dziennik generowania dokumentów (kiedy, jakie polecenie, kto, sumy kontrolne danych i szablonu, zapisane pliki): .xlsx albo .csv."
        )
        @OptionGroup var location: Location
        @Option(help: "Plik do zapisania: dziennik.xlsx lub dziennik.csv.") var output: String

        static let header = [
            "Początek", "Koniec", "Polecenie", "Użytkownik", "Suma kontrolna danych SHA-256",
            "Suma kontrolna szablonu SHA-256", "Liczba plików", "Zapisane pliki", "Suma kontrolna manifestu SHA-256"
        ]

        static func row(_ run: GenerationRun) -> [String] {
            [
                run.startedAt, run.finishedAt, run.command, run.user, run.dataChecksum, run.templateChecksum,
                String(run.files.count), run.files.joined(separator: ", "), run.manifestChecksum ?? ""
            ]
        }

        func run() throws {
            let fileExtension = (output as NSString).pathExtension.lowercased()
            guard fileExtension == "xlsx" || fileExtension == "csv" else {
                throw ValidationError(
                    "Dziennik można zapisać jako .xlsx lub .csv; podaj taką nazwę pliku w --output (np. dziennik.xlsx)."
                )
            }
            let register = try location.open()
            try Messages.reportingFailures {
                let rows = try register.runs().map(Self.row)
                try Table.write(sheetName: "Dziennik generowania", header: Self.header, rows: rows, to: output)
            }
            print("Zapisano \(output).")
        }
    }

    /// A header and rows as .xlsx or, for any other name, as .csv.
    enum Table {
        static func write(sheetName: String, header: [String], rows: [[String]], to output: String) throws {
            do throws(RegisterTable.Failure) {
                try RegisterTable.write(sheetName: sheetName, header: header, rows: rows, to: output)
            } catch {
                throw ValidationError(error.description)
            }
        }
    }
}
