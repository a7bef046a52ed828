import Testing

@testable import ZitEngine

/// Rows read from a data file are records sharing their keys; a template finds their values by
/// the position it noted at the row before, and must not be misled when the rows' keys change.
@Suite struct RecordTests {
    let nameAndPlace = Record.Keys(["name", "place"])
    let placeAndName = Record.Keys(["place", "name"])
    let nameOnly = Record.Keys(["name"])

    func row(_ keys: Record.Keys, _ values: TemplateValue...) -> TemplateValue {
        .record(Record(keys: keys, values: values))
    }

    func paragraph(_ text: String) -> String { "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>" }

    @Test func rowsOfChangingKeysEachShowTheirOwnValues() throws {
        let data: TemplateValue = [
            "place": "Kalisz",
            "rows": .list([
                row(nameAndPlace, "Anna", "Wałbrzych"),
                row(nameAndPlace, "Jan", "Jelenia Góra"),
                row(placeAndName, "Ostrów", "Ewa"),
                row(nameOnly, "Piotr"),
                row(nameAndPlace, "Zofia", "Legnica")
            ])
        ]
        let body = paragraph("{{#rows}}{{name}} – {{place}}; {{/rows}}")
        let rendering = try Rendering(try TestPackages.docx(body), data: data)
        // Piotr's row has no place: the name is found outside the list, as Mustache looks it up.
        #expect(
            try rendering.paragraphs() == [
                "Anna – Wałbrzych; Jan – Jelenia Góra; Ewa – Ostrów; Piotr – Kalisz; Zofia – Legnica; "
            ])
    }

    @Test func aRecordEqualsTheObjectOfTheSameFields() {
        let record = row(nameAndPlace, "Anna", "Kalisz")
        #expect(record == ["name": "Anna", "place": "Kalisz"])
        #expect(["place": "Kalisz", "name": "Anna"] == record)
        #expect(record == row(placeAndName, "Kalisz", "Anna"))
        #expect(record != row(nameAndPlace, "Anna", "Ostrów"))
        #expect(record != ["name": "Anna"])
        #expect(record["place"] == "Kalisz")
        #expect(record["email"] == nil)
    }
}
