import Foundation

/// A small project folder written for a test: the files of a correct project, with any of them
/// replaced to plant a mistake.
struct TestProject {
    let folder: String

    static let projectYAML = """
        projekt:
          tytuł: "Sieciowanie Związków ZIT w Polsce"
          numer: "FEPT.07.01-IP.01-0011/25"
          program: "Pomoc Techniczna dla Funduszy Europejskich 2021-2027"
          instytucja_finansująca: "Ministerstwo Funduszy i Polityki Regionalnej"
          okres: { od: "2025-01-01", do: "2026-12-31" }
          budżet: 814000.00
        beneficjenci:
          - id: SAKO
            nazwa: "Stowarzyszenie Aglomeracja Kalisko-Ostrowska"
            rola: lider
            związek: ZIT-KALISZ
            zadania:
              - { id: Z1, nazwa: "Warsztaty rozwoju MOF" }
          - id: WB
            nazwa: "Gmina Wałbrzych"
            rola: partner
            zadania:
              - { id: Z2, nazwa: "Warsztaty zasady horyzontalne" }
        okresy_sprawozdawcze:
          - { id: "2025-2", nazwa: "II półrocze 2025", od: "2025-07-01", do: "2025-12-31" }
          - { id: "2026-1", nazwa: "I półrocze 2026", od: "2026-01-01", do: "2026-06-30" }
        wskaźniki:
          - { id: W1, nazwa: "Warsztaty", miara: warsztaty, cel: 3 }
          - { id: W3, nazwa: "Liderzy", miara: liderzy, cel: 1 }
        budżet_zadań:
          - { zadanie: Z1, kwota: 414000 }
          - { zadanie: Z2, kwota: 400000 }
        """

    static let institutionsYAML = """
        związki_zit:
          - { id: ZIT-KALISZ, nazwa: "Aglomeracja Kalisko-Ostrowska", województwo: wielkopolskie, nowy: false }
          - { id: ZIT-PILA, nazwa: "MOF Piły", województwo: wielkopolskie, nowy: true }
          - { id: ZIT-LODZ, nazwa: "Łódzki Obszar Metropolitalny", województwo: łódzkie, nowy: false }
        instytucje:
          - { id: UM-KALISZ, nazwa: "Urząd Miasta Kalisza", rodzaj: gmina, związek: ZIT-KALISZ }
          - { id: UM-PILA, nazwa: "Urząd Miasta Piły", rodzaj: gmina, związek: ZIT-PILA }
          - { id: MFIPR, nazwa: "Ministerstwo Funduszy i Polityki Regionalnej", rodzaj: ministerstwo }
        """

    /// Eleven one-day workshops in the second half of 2025 and one two-day study visit in 2026.
    static var eventsYAML: String {
        var text = "wydarzenia:\n"
        for number in 1...11 {
            let day = String(format: "2025-%02d-%02d", 7 + (number - 1) / 3, 1 + ((number - 1) % 3) * 7)
            text += """
                  - id: W\(number)
                    rodzaj: warsztat
                    cykl: rozwój_mof
                    numer: \(number)
                    tytuł: "Warsztat \(number)"
                    organizator: SAKO
                    zadanie: Z1
                    dni: [{ data: "\(day)", od: "10:00", do: "14:00" }]
                    forma: stacjonarna
                    miejsce: "Kalisz, ul. Łazienna 6"

                """
        }
        text += """
              - id: WIZYTA
                rodzaj: wizyta_studyjna
                tytuł: "Wizyta studyjna"
                organizator: WB
                zadanie: Z2
                dni: [{ data: "2026-05-11" }, { data: "2026-05-12" }]
                forma: online
                platforma: Zoom

            """
        return text
    }

    static let participantsCSV = """
        ID;Imię;Nazwisko;Płeć;Instytucja;Stanowisko;E-mail;Grupa docelowa
        U1;Łucja;Żak;K;UM-KALISZ;inspektorka;l.zak@kalisz.pl;ZIT
        U2;Józef;Ćwik;M;UM-PILA;kierownik;j.cwik@pila.pl;ZIT
        U3;Zofia;O'Neill;;MFIPR;naczelniczka;z.oneill@mfipr.gov.pl;Instytucje krajowe i regionalne

        """

    /// U1 attends all eleven workshops (a Leader), U2 nine of them (one short), U3 both days of the visit.
    static var attendanceCSV: String {
        var text = "Uczestnik;Wydarzenie;Data;Potwierdzenie\n"
        for number in 1...11 {
            let day = String(format: "2025-%02d-%02d", 7 + (number - 1) / 3, 1 + ((number - 1) % 3) * 7)
            text += "U1;W\(number);\(day);podpis\n"
            if number <= 9 { text += "U2;W\(number);\(day);podpis\n" }
        }
        text += "U3;WIZYTA;2026-05-11;log platformy\nU3;WIZYTA;12.05.2026;log platformy\n"
        return text
    }

    init(replacing files: [String: String] = [:]) throws {
        folder = NSTemporaryDirectory() + "zitdocs-project-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var contents = [
            "projekt.yaml": Self.projectYAML, "instytucje.yaml": Self.institutionsYAML,
            "wydarzenia.yaml": Self.eventsYAML,
            "uczestnicy.csv": Self.participantsCSV, "obecnosci.csv": Self.attendanceCSV
        ]
        for (name, text) in files { contents[name] = text }
        for (name, text) in contents {
            try text.write(toFile: (folder as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
    }
}
