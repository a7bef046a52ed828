import ZitPolish
import ZitSheets

/// uczestnicy.xlsx/.ods/.csv: one row per registered person.
struct ParticipantsList {
    static let base = "uczestnicy"
    static let required = ["ID", "Imię", "Nazwisko", "Płeć", "Instytucja", "Grupa docelowa"]
    /// Read when present: "Stanowisko", "E-mail", "Potrzeby", "Zgoda na przetwarzanie danych", "Zgoda na wizerunek".

    var participants: [Participant] = []
    /// The institution named in every row, also in rows with other mistakes, so that all of a
    /// row's problems are reported at once.
    var institutions: [InstitutionReference] = []
    /// The id written in every row, also in rows left out for their mistakes: the attendance list
    /// may name such a person, and saying they are not on the list would send the office looking
    /// for a second mistake that is not there.
    var writtenIDs: Set<ParticipantID> = []

    init(folder: String, log: inout ProblemLog) {
        guard let (sheet, base) = ListFiles.sheet(named: Self.base, sheetName: "Uczestnicy", in: folder, log: &log),
            let columns = ColumnMap(sheet: sheet, required: Self.required, location: base, log: &log)
        else { return }
        var byID: [ParticipantID: SourceLocation] = [:]
        var byPerson: [String: (ParticipantID, SourceLocation)] = [:]
        var byEmail: [String: (ParticipantID, SourceLocation)] = [:]
        for row in sheet.rows where row.number > columns.headerRow {
            guard row.cells.contains(where: { !$0.value.isEmpty }) else { continue }
            let at = { (header: String) in columns.location(header, row: row, base: base) }
            var complete = true
            for header in Self.required where header != "Płeć" && columns.text(header, in: row).isEmpty {
                log.error(
                    "brak wartości w kolumnie „\(header)”, którą trzeba wypełnić dla każdego uczestnika.",
                    at: at(header))
                complete = false
            }
            let sexText = columns.text("Płeć", in: row)
            let sex: Sex?
            switch ColumnMap.key(sexText) {
            case "": sex = nil
            case "k", "kobieta": sex = .female
            case "m", "mezczyzna": sex = .male
            default:
                log.error(
                    "„\(sexText)” nie jest oznaczeniem płci, które rozumieją dokumenty; wpisz K lub M albo zostaw komórkę pustą, jeśli płci nie podano.",
                    at: at("Płeć"))
                complete = false
                sex = nil
            }
            let groupText = columns.text("Grupa docelowa", in: row)
            let group = TargetGroup.allCases.first { ColumnMap.key($0.rawValue) == ColumnMap.key(groupText) }
            if group == nil, !groupText.isEmpty {
                let allowed = TargetGroup.allCases.map { "„\($0.rawValue)”" }.joined(separator: ", ")
                log.error(
                    "„\(groupText)” nie jest grupą docelową projektu; wpisz jedną z: \(allowed).",
                    at: at("Grupa docelowa"))
                complete = false
            }
            let institution = columns.text("Instytucja", in: row)
            if !institution.isEmpty {
                let person = [columns.text("Imię", in: row), columns.text("Nazwisko", in: row)].filter { !$0.isEmpty }
                institutions.append(
                    InstitutionReference(
                        institution: InstitutionID(institution), person: person.joined(separator: " "),
                        source: at("Instytucja")))
            }
            if !columns.text("ID", in: row).isEmpty { writtenIDs.insert(ParticipantID(columns.text("ID", in: row))) }
            guard complete, let group else { continue }

            let id = ParticipantID(columns.text("ID", in: row))
            if let earlier = byID[id] {
                log.error(
                    "identyfikator \(id) występuje dwa razy (także w wierszu \(earlier.line ?? 0)).", at: at("ID"))
                continue
            }
            byID[id] = at("ID")
            let participant = Participant(
                id: id, firstName: columns.text("Imię", in: row), lastName: columns.text("Nazwisko", in: row), sex: sex,
                institution: InstitutionID(columns.text("Instytucja", in: row)),
                position: columns.text("Stanowisko", in: row),
                email: columns.text("E-mail", in: row), needs: columns.text("Potrzeby", in: row),
                consentsToData: Self.consent(columns.text("Zgoda na przetwarzanie danych", in: row)),
                consentsToImage: Self.consent(columns.text("Zgoda na wizerunek", in: row)),
                targetGroup: group, source: at("ID"))

            let person = ColumnMap.key(participant.fullName) + "|" + participant.institution.rawValue
            if let (other, place) = byPerson[person] {
                log.error(
                    "\(participant.fullName) z instytucji \(participant.institution) jest na liście dwa razy (także jako \(other) w wierszu \(place.line ?? 0)); zostaw jeden wiersz i przenieś obecności na jego identyfikator.",
                    at: at("Nazwisko"))
            } else {
                byPerson[person] = (id, at("Nazwisko"))
            }
            let email = participant.email.lowercased()
            if !email.isEmpty {
                if let (other, place) = byEmail[email] {
                    log.warning(
                        "adres e-mail \(participant.email) podano także dla \(other) (wiersz \(place.line ?? 0)); czy to ta sama osoba?",
                        at: at("E-mail"))
                } else {
                    byEmail[email] = (id, at("E-mail"))
                }
            }
            participants.append(participant)
        }
    }

    private static func consent(_ text: String) -> Bool {
        ["tak", "t", "true", "1", "x", "yes"].contains(ColumnMap.key(text))
    }
}
