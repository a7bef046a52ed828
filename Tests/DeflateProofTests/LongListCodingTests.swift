import Foundation
import Testing
import ZitEngine

/// The list of `make bench` (10,000 rows, the project's attendance template as frozen in
/// Bench/templates), data made as Bench/make_inputs.py makes it: its document part is coded
/// from the renderer's marks in 512 KB pieces, with checksums combined per stretch.
@Suite struct LongListCodingTests {
    @Test(arguments: ["docx", "odt"])
    func theBenchsTenThousandRowListIsTheSameAsThroughZlib(format: String) throws {
        let path = SampleProjectCodingTests.root.appendingPathComponent("Bench/templates/lista-obecnosci.\(format)")
            .path
        let data = BenchList.data(rows: 10_000)
        var written: [PartCoding: [UInt8]] = [:]
        for coding in [PartCoding.fromMarks, .zlibOnly] {
            let template = try Template(contentsOf: path, options: TemplateOptions(coding: coding))
            written[coding] = try DocumentWriter(for: template).bytes(of: try template.render(data))
        }
        let tally = CodingComparison.expectSame(
            fromMarks: try #require(written[.fromMarks]), zlibOnly: try #require(written[.zlibOnly]),
            document: "lista-obecnosci.\(format), 10 000 wierszy")
        #expect(tally.codedDifferently >= 1)
        #expect(tally.bytes > 10_000 * 500)
    }
}

/// The bench's list data (Bench/make_inputs.py: `people` and `list_data`), made with the same
/// kind of generator: the same names, institutions and proportions, not the same draws.
enum BenchList {
    static let female = [
        "Łucja", "Żaneta", "Agnieszka", "Małgorzata", "Zofia", "Ewa", "Katarzyna", "Joanna",
        "Anna", "Jadwiga", "Bożena", "Grażyna", "Urszula", "Elżbieta", "Halina", "Kinga",
        "Jolanta", "Dorota", "Świętosława", "Teresa"
    ]
    static let male = [
        "Józef", "Ścibor", "Łukasz", "Paweł", "Grzegorz", "Michał", "Tomasz", "Wojciech",
        "Mieczysław", "Bolesław", "Zdzisław", "Jędrzej", "Przemysław", "Radosław", "Maciej",
        "Krzysztof", "Zbigniew", "Seweryn"
    ]
    static let surnames = [
        ("Nowak-Jeleń", "Nowak-Jeleń"), ("Śliwiński", "Śliwińska"), ("Ćwik", "Ćwik"),
        ("O'Neill", "O'Neill"), ("Wiśniewski", "Wiśniewska"), ("Dąbrowski", "Dąbrowska"),
        ("Łęcki", "Łęcka"), ("Żurawski", "Żurawska"), ("Źródłowski", "Źródłowska"),
        ("Szczęsny", "Szczęsna"), ("Król-Ożóg", "Król-Ożóg"), ("Ślęzak", "Ślęzak"),
        ("Gęsicki", "Gęsicka"), ("Bąk", "Bąk"), ("Kowalczyk", "Kowalczyk"),
        ("Wróbel", "Wróbel"), ("Zieliński", "Zielińska"), ("Jabłoński", "Jabłońska"),
        ("Wójcik", "Wójcik"), ("Pietrzyk-Wąs", "Pietrzyk-Wąs"), ("Chmielewski", "Chmielewska"),
        ("Sołtys", "Sołtys"), ("Grzęda", "Grzęda"), ("Kościuszko", "Kościuszko"),
        ("Mączyński", "Mączyńska"), ("Żółkiewski", "Żółkiewska")
    ]
    static let institutions = [
        "Urząd Miasta Kalisza",
        "Urząd Miejski w Ostrowie Wielkopolskim",
        "Stowarzyszenie Aglomeracja Kalisko-Ostrowska",
        "Urząd Gminy Nowe Skalmierzyce",
        "Urząd Miasta Jelenia Góra (Aglomeracja Jeleniogórska)",
        "Gmina Wałbrzych — Miasto na prawach powiatu (Aglomeracja Wałbrzyska)",
        "Urząd Marszałkowski Województwa Dolnośląskiego",
        "Starostwo Powiatowe w Kaliszu",
        "Urząd Miasta Łodzi",
        "Związek ZIT „Miejski Obszar Funkcjonalny Źródła Wisły”",
        "Biuro Projektów Kowalczyk & Synowie sp. z o.o.",
        "Ministerstwo Funduszy i Polityki Regionalnej"
    ]

    /// Rows as records sharing their keys, as the JSON reader makes them.
    static func data(rows: Int, seed: UInt64 = 2) -> TemplateValue {
        var random = SeededRandom(seed: seed)
        let keys = Record.Keys(["firstName", "lastName", "institution"])
        let people: [TemplateValue] = (0..<rows).map { _ in
            let woman = random.next() % 100 < 55
            let first = woman ? female[random.below(female.count)] : male[random.below(male.count)]
            let surname = surnames[random.below(surnames.count)]
            let institution = institutions[random.below(institutions.count)]
            return .record(
                Record(
                    keys: keys, values: [.string(first), .string(woman ? surname.1 : surname.0), .string(institution)]))
        }
        return [
            "event": [
                "title": "Warsztaty: zarządzanie rozwojem miejskich obszarów funkcjonalnych",
                "date": "2026-04-16", "dateText": "16 kwietnia 2026",
                "hours": "10:00–15:30", "place": "Wałbrzych, Zamek Książ"
            ],
            "participants": .list(people)
        ]
    }
}

/// SplitMix64: the same cases on every run and every machine, so a failure can be repeated from its seed.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
