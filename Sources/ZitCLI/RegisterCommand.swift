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
        subcommands: [List.self, Show.self, Cancel.self, Export.self])

    struct Location: ParsableArguments {
        @Option(help: "Folder projektu (domyślnie: przykładowy projekt).")
        var project: String?

        func folder() throws -> String {
            guard let folder = project ?? ProjectFolder.sample() else {
                throw ValidationError("Nie podano opcji --project, a nie znaleziono przykładowego projektu (Examples/projekt).")
            }
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
        static let configuration = CommandConfiguration(abstract: "Wypisuje wszystkie numery zaświadczeń z datą wydania, osobą, opisem „Dotyczy” i statusem.")
        @OptionGroup var location: Location

        func run() throws {
            let register = try location.open()
            try Messages.reportingFailures {
                for entry in try register.entries() {
                    print([entry.number, entry.issuedOn, entry.participant, entry.name, entry.subject, Show.status(entry)]
                        .joined(separator: "\t"))
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Wypisuje wpis jednego zaświadczenia.")
        @OptionGroup var location: Location
        @Argument(help: "Numer zaświadczenia, np. 3/2026/WZP.") var number: String

        func run() throws {
            let register = try location.open()
            try Messages.reportingFailures {
                guard let entry = try register.entries().first(where: { $0.number == number }) else {
                    throw ValidationError("W rejestrze nie ma zaświadczenia o numerze \(number).")
                }
                print("""
                    Numer:          \(entry.number)
                    Uczestnik:      \(entry.name) (\(entry.participant))
                    Dotyczy:        \(entry.subject)
                    Data wydania:   \(entry.issuedOn)
                    Status:         \(Self.status(entry))
                    Wygenerował(a): \(Self.author(entry))
                    Suma kontrolna: \(Self.checksum(entry))
                    """)
            }
        }

        static func author(_ entry: CertificateRegister.Entry) -> String {
            guard let user = entry.generatedBy else {
                return entry.status == .reserved ? "— (dokument jeszcze nie zapisany)" : "brak (zaświadczenie wydane przez wcześniejszą wersję programu)"
            }
            return user + (entry.generatedAt.map { ", \($0)" } ?? "")
        }

        /// What the checksum covers, so that it can be checked with `sha256sum` against the file.
        static func checksum(_ entry: CertificateRegister.Entry) -> String {
            guard let checksum = entry.checksum else {
                return entry.status == .reserved ? "— (dokument jeszcze nie zapisany)" : "brak (zaświadczenie wydane przez wcześniejszą wersję programu)"
            }
            return "SHA-256 pliku dokumentu: \(checksum)"
        }

        static func statusWord(_ status: CertificateRegister.Entry.Status) -> String {
            switch status {
            case .issued: "wydane"
            case .reserved: "zarezerwowane"
            case .cancelled: "anulowane"
            }
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
        static let configuration = CommandConfiguration(abstract: "Anuluje zaświadczenie; jego numer nie zostanie już nigdy nadany ponownie.")
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
            abstract: "Zapisuje rejestr dla audytora: .xlsx, .csv albo .docx/.odt do druku (według rozszerzenia pliku).")
        @OptionGroup var location: Location
        @Option(help: "Plik do zapisania: rejestr.xlsx, rejestr.csv, rejestr.docx lub rejestr.odt.") var output: String
        @Option(help: "Dla .docx/.odt: własny szablon biura zamiast Templates/rejestr-zaswiadczen.") var template: String?

        func run() throws {
            let register = try location.open()
            try Messages.reportingFailures {
                let fileExtension = (output as NSString).pathExtension.lowercased()
                let folder = try location.folder()
                let project = ProjectLoader.load(folder: folder).project
                if fileExtension == "docx" || fileExtension == "odt" {
                    guard let project else {
                        throw ValidationError("Nie da się odczytać danych projektu; uruchom zitdocs check.")
                    }
                    guard let path = template ?? ProjectFolder.templates().map({ "\($0)/\(RegisterDocument.templateName).\(fileExtension)" }) else {
                        throw ValidationError("Nie znaleziono folderu Templates z domyślnymi szablonami.")
                    }
                    try RegisterDocument.write(
                        try register.entries(), statusWords: Show.statusWord, project: project, projectFolder: folder,
                        template: path, to: output)
                    return
                }
                if project == nil {
                    Messages.report("Uwaga: dane projektu w \(folder) nie dają się odczytać (sprawdź: zitdocs check); "
                        + "w kolumnie „Dotyczy” są identyfikatory wydarzeń.")
                }
                let rows = try register.entries().map { entry in
                    [entry.number, entry.issuedOn, entry.participant, entry.name,
                     project.map { RegisterDocument.subjectText(entry.subject, in: $0) } ?? entry.subject,
                     Show.statusWord(entry.status), entry.cancellationReason ?? ""]
                }
                let header = ["Numer", "Data wydania", "Uczestnik", "Imię i nazwisko", "Dotyczy", "Status", "Powód anulowania"]
                if fileExtension == "xlsx" {
                    do throws(PackageError) {
                        try SheetWriter.xlsx(sheetName: "Rejestr zaświadczeń", header: header, rows: rows, to: output)
                    } catch {
                        throw ValidationError(error.description)
                    }
                    return
                }
                // UTF-8 with a byte order mark and ";" is what Polish Excel opens without asking.
                let text = ([header] + rows).map { $0.map(Self.field).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
                try Data(("\u{FEFF}" + text).utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            }
            print("Zapisano \(output).")
        }

        static func field(_ text: String) -> String {
            text.contains(where: { ";\"\r\n".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
    }
}
