import Foundation
import Testing
import ZitPolish

@testable import ZitProject

@Suite struct ProjectLoaderTests {
    @Test func aCorrectProjectHasNoProblemsAndTheFactsAHandCountGives() throws {
        let folder = try TestProject().folder
        let result = ProjectLoader.load(folder: folder)
        #expect(result.problems.map(\.description) == [])
        let project = try #require(result.project)
        #expect(project.participants.map(\.fullName) == ["Łucja Żak", "Józef Ćwik", "Zofia O'Neill"])
        #expect(project.participants.map(\.sex) == [.female, .male, nil])
        let facts = ProjectFacts(project)
        #expect(facts.leaders.map(\.id) == ["U1"])
        #expect(facts.oneFormShort.map(\.id) == ["U2"])
        #expect(facts.formsAttended("U3") == 1)
        let reach = facts.reach()
        #expect(
            reach
                == ProjectFacts.Reach(
                    participants: 3, women: 1, men: 1, sexNotGiven: 1, institutions: 3, unions: 2, newUnions: 1))
        let secondHalf2025 = try #require(project.period("2025-2"))
        #expect(facts.reach(in: secondHalf2025).participants == 2)
        #expect(facts.value(of: .workshops) == 11)
        #expect(facts.value(of: .studyVisitParticipants) == 1)
        #expect(facts.value(of: .leaders, upTo: CalendarDate(iso: "2025-09-30")) == 0)
        #expect(facts.value(of: .leaders) == 1)
    }

    @Test func everyPlantedMistakeGetsOnePreciseLine() throws {
        var participants = TestProject.participantsCSV
        participants += "U4;Anna;Nowak;X;UM-KALISZ;;;ZIT\n"  // unknown sex value
        participants += "U5;Ewa;;K;UM-KALISZ;;;ZIT\n"  // missing surname
        participants += "U6;Łucja;Żak;K;UM-KALISZ;;;ZIT\n"  // the same person twice
        participants += "U7;Jan;Kos;M;UM-NIGDZIE;;;ZIT\n"  // unknown institution
        var attendance = TestProject.attendanceCSV
        attendance += "U99;W1;2025-07-01;podpis\n"  // not registered
        attendance += "U2;W1;2025-07-02;podpis\n"  // not a day of W1
        attendance += "U2;W42;2025-07-01;podpis\n"  // unknown event
        let folder = try TestProject(replacing: ["uczestnicy.csv": participants, "obecnosci.csv": attendance]).folder
        let result = ProjectLoader.load(folder: folder)
        let lines = result.errors.map(\.description)
        #expect(
            lines.contains(
                "uczestnicy.csv, linia 5, kolumna D: „X” nie jest oznaczeniem płci, które rozumieją dokumenty; wpisz K lub M albo zostaw komórkę pustą, jeśli płci nie podano."
            ))
        #expect(
            lines.contains(
                "uczestnicy.csv, linia 6, kolumna C: brak wartości w kolumnie „Nazwisko”, którą trzeba wypełnić dla każdego uczestnika."
            ))
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "uczestnicy.csv, linia 7, kolumna C: Łucja Żak z instytucji UM-KALISZ jest na liście dwa razy (także jako U1 w wierszu 2)"
                )
            })
        #expect(
            lines.contains(
                "uczestnicy.csv, linia 8, kolumna E: instytucji UM-NIGDZIE, z której jest Jan Kos, nie ma w pliku instytucje.yaml."
            ))
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "obecnosci.csv, linia 24, kolumna A: osoby o identyfikatorze U99 nie ma na liście uczestników")
            })
        #expect(
            lines.contains(
                "obecnosci.csv, linia 25, kolumna C: wydarzenie W1 nie odbywało się w dniu 2025-07-02 (dni wydarzenia: 2025-07-01)."
            ))
        #expect(lines.contains("obecnosci.csv, linia 26, kolumna B: wydarzenia W42 nie ma w pliku wydarzenia.yaml."))
        #expect(result.errors.count == 7, "\(lines)")
    }

    @Test func yamlMistakesNameTheFileLineAndField() throws {
        let events = TestProject.eventsYAML.replacingOccurrences(
            of: #"data: "2025-07-01""#, with: #"data: "2025-02-30""#
        )
        .replacingOccurrences(of: "organizator: WB", with: "organizator: JG")
        let folder = try TestProject(replacing: ["wydarzenia.yaml": events]).folder
        let lines = ProjectLoader.load(folder: folder).errors.map(\.description)
        #expect(
            lines.contains(
                "wydarzenia.yaml, linia 9, pole „data”: „2025-02-30” nie jest poprawną datą; zapisz ją jako RRRR-MM-DD, np. 2026-03-05."
            ), "\(lines)")
        #expect(
            lines.contains {
                $0.contains(
                    "organizator JG wydarzenia WIZYTA nie jest beneficjentem w pliku projekt.yaml (beneficjenci: SAKO, WB)"
                )
            })
    }

    @Test func everyEventNamesAnExistingTaskOfItsOrganiser() throws {
        let events = TestProject.eventsYAML
            .replacingOccurrences(of: "    zadanie: Z2\n", with: "")  // WIZYTA: no task
            .replacingOccurrences(
                of: "Warsztat 2\"\n    organizator: SAKO\n    zadanie: Z1",
                with: "Warsztat 2\"\n    organizator: SAKO\n    zadanie: Z9"
            )
            .replacingOccurrences(
                of: "Warsztat 3\"\n    organizator: SAKO\n    zadanie: Z1",
                with: "Warsztat 3\"\n    organizator: SAKO\n    zadanie: Z2")
        let folder = try TestProject(replacing: ["wydarzenia.yaml": events]).folder
        let result = ProjectLoader.load(folder: folder)
        let errors = result.errors.map(\.description), warnings = result.warnings.map(\.description)
        #expect(
            errors == [
                #"wydarzenia.yaml, linia 18, pole „zadanie”: zadanie Z9 wydarzenia W2 nie występuje w projekt.yaml; dozwolone: Z1, Z2."#
            ])
        #expect(
            warnings.contains(
                #"wydarzenia.yaml, linia 28, pole „zadanie”: ostrzeżenie: wydarzenie W3 organizuje SAKO, a zadanie Z2 należy do WB; sprawdź, czy to właściwe zadanie."#
            ), "\(warnings)")
        #expect(
            warnings.contains {
                $0.hasPrefix(
                    #"wydarzenia.yaml, linia 112, pole „zadanie”: ostrzeżenie: wydarzenie WIZYTA nie ma pola „zadanie”"#
                ) && $0.hasSuffix("(zadania organizatora WB: Z2).")
            }, "\(warnings)")
        let project = try #require(result.project)
        #expect(project.event("W1")?.task == "Z1")
        #expect(project.event("WIZYTA")?.task == nil)
    }

    @Test func aMissingListIsReportedNotGuessed() throws {
        let folder = try TestProject().folder
        try FileManager.default.removeItem(atPath: folder + "/obecnosci.csv")
        let result = ProjectLoader.load(folder: folder)
        #expect(
            result.errors.map(\.description) == [
                "obecnosci.xlsx: brak tej listy; zapisz ją jako jeden z plików: obecnosci.xlsx, obecnosci.ods, obecnosci.csv."
            ])
    }
}

@Suite struct ProjectListFormatTests {
    @Test func aWindows1250ListWithSemicolonsKeepsPolishLetters() throws {
        let project = try TestProject()
        try FileManager.default.removeItem(atPath: project.folder + "/uczestnicy.csv")
        let data = try #require(
            TestProject.participantsCSV.replacingOccurrences(of: "\n", with: "\r\n").data(using: .windowsCP1250))
        #expect(data.contains(0xA3))  // Ł in Windows-1250
        try data.write(to: URL(fileURLWithPath: project.folder + "/uczestnicy.csv"))
        let result = ProjectLoader.load(folder: project.folder)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.project?.participants.map(\.fullName) == ["Łucja Żak", "Józef Ćwik", "Zofia O'Neill"])
    }

    @Test func headersAreMatchedWithoutCaseOrDiacritics() throws {
        let participants = TestProject.participantsCSV.replacingOccurrences(
            of: "ID;Imię;Nazwisko;Płeć;Instytucja;Stanowisko;E-mail;Grupa docelowa",
            with: " id ;IMIE;nazwisko;plec;INSTYTUCJA;stanowisko;e-mail;grupa  docelowa")
        let result = ProjectLoader.load(folder: try TestProject(replacing: ["uczestnicy.csv": participants]).folder)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.project?.participants.count == 3)
    }

    @Test func twoVersionsOfOneListAreRefused() throws {
        let project = try TestProject()
        try TestProject.participantsCSV.write(
            toFile: project.folder + "/uczestnicy.ods", atomically: true, encoding: .utf8)
        let errors = ProjectLoader.load(folder: project.folder).errors.map(\.description)
        #expect(errors.contains { $0.contains("ta lista jest w kilku wersjach (uczestnicy.ods, uczestnicy.csv)") })
    }
}
