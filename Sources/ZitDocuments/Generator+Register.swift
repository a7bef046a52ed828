import Foundation
import ZitEngine
import ZitPackage
import ZitPolish
import ZitProject
import ZitRegister

/// The certificate register's side of a run: numbers before the documents are made, issued
/// once they are on disk, and the run noted in the journal.
extension Generator {
    /// Takes the numbers of the certificates among `documents` from the project's register and
    /// puts them into the documents' data, with the page and QR code that check each number when
    /// the project names its verification address; the register is returned to confirm them afterwards.
    func numberCertificates(_ documents: inout [PlannedDocument]) throws -> CertificateRegister? {
        let requests = documents.compactMap(\.certificate)
        guard !requests.isEmpty else { return nil }
        let register = try CertificateRegister(folder: projectFolder)
        let numbers = try register.numbers(
            for: requests, scheme: plans.facts.project.certificateNumbering, today: today, reissue: reissue)
        var numbered: [(index: Int, number: String)] = []
        for index in documents.indices {
            guard let request = documents[index].certificate, let number = numbers[request],
                case .object(var fields) = documents[index].data
            else { continue }
            fields["number"] = .string(number)
            documents[index].data = .object(fields)
            numbered.append((index, number))
        }
        if let address = plans.facts.project.verificationAddress {
            let verification = try VerificationFields.of(numbered.map(\.number), at: address)
            for ((index, _), added) in zip(numbered, verification) {
                guard case .object(var fields) = documents[index].data else { continue }
                fields.merge(added) { _, new in new }
                documents[index].data = .object(fields)
            }
        }
        return register
    }

    /// Notes the run in the project's journal: what was made, from which data and template.
    func journal(_ kind: DocumentKind, started: String, template: String, files: [String]) throws {
        guard notesRunsInJournal else { return }
        try journal(
            command: "generate \(kind.rawValue)", started: started, templates: [template], files: files,
            manifestChecksum: nil)
    }

    /// Notes a run in the journal: `templates`' checksum is of their checksums in order.
    func journal(command: String, started: String, templates: [String], files: [String], manifestChecksum: String?)
        throws
    {
        let names =
            ["projekt.yaml", "instytucje.yaml", "wydarzenia.yaml", "forum.yaml"]
            + ["uczestnicy", "obecnosci"].flatMap { base in ["xlsx", "ods", "csv"].map { "\(base).\($0)" } }
        let data = names.map { (projectFolder as NSString).appendingPathComponent($0) }
            .filter(FileManager.default.fileExists(atPath:))
        try CertificateRegister(folder: projectFolder).record(
            GenerationRun(
                startedAt: started, finishedAt: Self.timestamp(), command: command, user: author,
                dataChecksum: Checksum.of(files: data), templateChecksum: Checksum.of(files: templates),
                files: files.map { ($0 as NSString).lastPathComponent }, manifestChecksum: manifestChecksum))
    }

    /// The certificates' numbers count as issued, each with its document's checksum and who made it.
    /// `numbers[i]` is the number printed in `files[i]` (nil for a document that is not a certificate).
    func confirm(_ numbers: [String?], in register: CertificateRegister?, files: [String]) throws {
        guard register != nil else { return }
        var checksums: [String: String] = [:]
        for (number, file) in zip(numbers, files) {
            guard let number else { continue }
            guard let checksum = Checksum.of(file: file) else {
                throw Failure(
                    description:
                        "Nie można odczytać zapisanego pliku \(file), więc zaświadczenie nr \(number) nie zostało oznaczone jako wydane (numer pozostaje zarezerwowany). Sprawdź folder i uruchom program ponownie."
                )
            }
            checksums[number] = checksum
        }
        try confirm(numbers, in: register, checksums: checksums)
    }

    /// `confirm` with the documents' checksums known; returns whether the register changed.
    @discardableResult
    func confirm(_ numbers: [String?], in register: CertificateRegister?, checksums: [String: String]) throws -> Bool {
        guard let register else { return false }
        return try register.confirm(
            numbers.compactMap { $0 }, checksums: checksums, generatedBy: author, at: Self.timestamp())
    }

    /// Who runs the program, as the journal and the register record it.
    static var userName: String {
        ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.userName
    }
}
