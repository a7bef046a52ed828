import Foundation
import ZitEngine
import ZitPolish
import ZitProject
import ZitRegister

/// The printable register of issued certificates („Rejestr wydanych zaświadczeń”), for an auditor.
public enum RegisterDocument {
    public static let templateName = "rejestr-zaswiadczen"

    /// Printed for an author or checksum the register does not have: a number whose document is not
    /// written yet, or a certificate issued by a version of zitdocs that did not keep them.
    public static let missing = "—"

    /// How many leading hex digits of a document's SHA-256 the printed register shows (`checksumShort`):
    /// the full 64 do not fit an A4 table, 12 are enough to tell a copy from another file by eye;
    /// the full sums are in the .xlsx/.csv export.
    public static let shortChecksumLength = 12

    /// What a certificate is for, in words an auditor reads: "Superwizja 3/5: …" rather than the
    /// event's id, which stays in the register as the key.
    public static func subjectText(_ subject: String, in project: Project) -> String {
        if subject == CertificateSeries.leader { return "Certyfikat Lidera Samorządowego" }
        guard let event = project.events.first(where: { $0.id.rawValue == subject }) else { return subject }
        // A workshop's or supervision's title does not say which one it is; the others' titles do
        // ("Forum Oceny i Współpracy – spotkanie przygotowawcze").
        let label = CommonData.seriesLabel(event, in: project)
        return label.isEmpty ? event.title : "\(label): \(event.title)"
    }

    /// "26 listopada 2026 r." for the register's ISO date; anything else as it is.
    public static func issueDateText(_ iso: String) -> String {
        CalendarDate(iso: iso).map(PolishDates.day) ?? iso
    }

    public static func write(
        _ entries: [CertificateRegister.Entry], statusWords: (CertificateRegister.Entry.Status) -> String,
        project: Project, projectFolder: String, template path: String, to output: String
    ) throws {
        let template = try Template(contentsOf: path)
        let rows: [TemplateValue] = entries.map { entry in
            [
                "number": .string(entry.number),
                "issuedOnText": .string(issueDateText(entry.issuedOn)),
                "participant": .string(entry.participant), "name": .string(entry.name),
                "subject": .string(subjectText(entry.subject, in: project)),
                "status": .string(statusWords(entry.status)), "reason": .string(entry.cancellationReason ?? ""),
                "generatedBy": .string(entry.generatedBy ?? missing),
                "checksum": .string(entry.checksum ?? missing),
                "checksumShort": .string(entry.checksum.map { String($0.prefix(shortChecksumLength)) } ?? missing)
            ]
        }
        let today = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        let generated =
            CalendarDate(year: today.year ?? 2026, month: today.month ?? 1, day: today.day ?? 1).map(PolishDates.day)
            ?? ""
        var document = try template.render([
            "project": CommonData.project(project), "generatedText": .string(generated),
            "count": .string(String(entries.count)), "entries": .list(rows)
        ])
        document.replacedEntries = try LogoStrip.replacement(for: project, in: projectFolder, template: template)
        try DocumentWriter(for: template).write(document, to: output)
    }
}
