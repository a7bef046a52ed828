import Foundation
import ZitPackage
import ZitProject
import ZitRegister
import ZitSheets

/// The register as a table for an auditor (.xlsx or .csv): what `zitdocs register export` writes
/// and the service sends, from the same rows.
public enum RegisterTable {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static let sheetName = "Rejestr zaświadczeń"

    public static let header = [
        "Numer", "Data wydania", "Uczestnik", "Imię i nazwisko", "Dotyczy", "Status", "Powód anulowania",
        "Wygenerował(a)", "Czas wygenerowania", "Suma kontrolna SHA-256"
    ]

    public static func statusWord(_ status: CertificateRegister.Entry.Status) -> String {
        switch status {
        case .issued: "wydane"
        case .reserved: "zarezerwowane"
        case .cancelled: "anulowane"
        }
    }

    public static func row(_ entry: CertificateRegister.Entry, subject: String) -> [String] {
        [
            entry.number, entry.issuedOn, entry.participant, entry.name, subject,
            statusWord(entry.status), entry.cancellationReason ?? "",
            entry.generatedBy ?? RegisterDocument.missing, entry.generatedAt ?? RegisterDocument.missing,
            entry.checksum ?? RegisterDocument.missing
        ]
    }

    /// The rows of `entries`; "Dotyczy" in words when the project can be read, as event ids otherwise.
    public static func rows(_ entries: [CertificateRegister.Entry], project: Project?) -> [[String]] {
        entries.map { entry in
            row(entry, subject: project.map { RegisterDocument.subjectText(entry.subject, in: $0) } ?? entry.subject)
        }
    }

    /// A header and rows as .xlsx or, for any other name, as .csv.
    public static func write(sheetName: String, header: [String], rows: [[String]], to output: String) throws(Failure) {
        if (output as NSString).pathExtension.lowercased() == "xlsx" {
            do throws(PackageError) {
                try SheetWriter.xlsx(sheetName: sheetName, header: header, rows: rows, to: output)
            } catch {
                throw Failure(description: error.description)
            }
            return
        }
        do {
            try Data(csv(header: header, rows: rows).utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw Failure(
                description:
                    "Nie udało się zapisać pliku \(output); sprawdź, czy folder istnieje, czy można w nim zapisywać i czy na dysku jest miejsce."
            )
        }
    }

    /// UTF-8 with a byte order mark and ";" is what Polish Excel opens without asking.
    public static func csv(header: [String], rows: [[String]]) -> String {
        "\u{FEFF}" + ([header] + rows).map { $0.map(field).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ text: String) -> String {
        text.contains(where: { ";\"\r\n".contains($0) })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
