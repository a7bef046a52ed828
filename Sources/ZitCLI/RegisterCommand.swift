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
        abstract: "The register of issued certificates (rejestr wydanych zaświadczeń).",
        subcommands: [List.self, Show.self, Cancel.self, Export.self])

    struct Location: ParsableArguments {
        @Option(help: "The project folder (default: the sample project).")
        var project: String?

        func folder() throws -> String {
            guard let folder = project ?? ProjectFolder.sample() else {
                throw ValidationError("No --project given and the sample project (Examples/projekt) was not found.")
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
        static let configuration = CommandConfiguration(abstract: "Print every number with its person, subject and status.")
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
        static let configuration = CommandConfiguration(abstract: "Print one certificate's entry.")
        @OptionGroup var location: Location
        @Argument(help: "The certificate number, e.g. 3/2026/WZP.") var number: String

        func run() throws {
            let register = try location.open()
            try Messages.reportingFailures {
                guard let entry = try register.entries().first(where: { $0.number == number }) else {
                    throw ValidationError("There is no certificate number \(number) in the register.")
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
        static let configuration = CommandConfiguration(abstract: "Cancel a certificate; its number is never given again.")
        @OptionGroup var location: Location
        @Argument(help: "The certificate number, e.g. 3/2026/WZP.") var number: String
        @Option(help: "Why it is cancelled (kept in the register).") var reason: String

        func run() throws {
            let register = try location.open()
            try Messages.reportingFailures { try register.cancel(number, reason: reason) }
            print("Anulowano \(number).")
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the register for the auditor: .xlsx, .csv, or a printable .docx/.odt (by the file's extension).")
        @OptionGroup var location: Location
        @Option(help: "The file to write: rejestr.xlsx, rejestr.csv, rejestr.docx or rejestr.odt.") var output: String
        @Option(help: "For .docx/.odt: an office's own template instead of Templates/rejestr-zaswiadczen.") var template: String?

        func run() throws {
            let register = try location.open()
            try Messages.reportingFailures {
                let fileExtension = (output as NSString).pathExtension.lowercased()
                let folder = try location.folder()
                let project = ProjectLoader.load(folder: folder).project
                if fileExtension == "docx" || fileExtension == "odt" {
                    guard let project else {
                        throw ValidationError("The project's data cannot be read; run zitdocs check.")
                    }
                    guard let path = template ?? ProjectFolder.templates().map({ "\($0)/\(RegisterDocument.templateName).\(fileExtension)" }) else {
                        throw ValidationError("The Templates folder with the default templates was not found.")
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
