import Foundation
import Testing
import ZitData
import ZitEngine

/// A data file as the command line and an upload give it: by its file, or by its bytes and format.
@Suite struct DataFileTests {
    @Test func anUploadIsReadInTheFormatGiven() throws {
        let json = Data(#"{"participants": [{"lastName": "Żak"}]}"#.utf8)
        #expect(
            try DataFile.value(from: json, format: .json, file: "dane.json") == ["participants": [["lastName": "Żak"]]])
        let yaml = Data("participants:\n  - lastName: Żak\n".utf8)
        #expect(
            try DataFile.value(from: yaml, format: .yaml, file: "dane.yaml") == ["participants": [["lastName": "Żak"]]])
    }

    @Test func theFormatFollowsTheName() {
        #expect(DataFormat(fileName: "Dane.JSON") == .json)
        #expect(DataFormat(fileName: "dane.yml") == .yaml)
        #expect(DataFormat(fileName: "-") == .yaml)
    }

    @Test func aProblemNamesTheFileTheLineAndWhatIsWrong() {
        let bytes = Data("{\n \"course\": 1,\n \"participants\": x\n}".utf8)
        #expect {
            try DataFile.value(from: bytes, format: .json, file: "dane.json")
        } throws: { error in
            guard let error = error as? DataFileError else { return false }
            return error.file == "dane.json" && error.line == 3
                && error.message.hasPrefix("nie da się odczytać pliku JSON: linia 3, kolumna 18")
                && error.description.hasPrefix("dane.json: nie da się odczytać pliku JSON: linia 3, kolumna 18")
        }
        #expect(throws: DataFileError.self) {
            try DataFile.value(from: Data([0xFF, 0x41]), format: .yaml, file: "x.yaml")
        }
        #expect {
            try DataFile.value(from: Data("participants:\n  - name: [a\n".utf8), format: .yaml, file: "dane.yaml")
        } throws: { error in
            guard let error = error as? DataFileError else { return false }
            return error.line == 3 && error.description.hasPrefix("dane.yaml: nie da się odczytać pliku YAML: 3:1")
        }
    }

    @Test func aFileThatIsNotThereIsNamedAsGiven() {
        let url = URL(fileURLWithPath: "/nie/ma/takiego/dane.json")
        #expect {
            try DataFile.load(from: url)
        } throws: { error in
            (error as? DataFileError)?.description
                == "/nie/ma/takiego/dane.json: nie można odczytać pliku z danymi (czy ten plik istnieje?)."
        }
    }

    @Test func aListIsFoundByItsDottedPath() throws {
        let data: TemplateValue = ["event": ["participants": [["lastName": "Żak"]], "title": "WZP"]]
        #expect(try DataFile.list(at: "event.participants", in: data, file: "d.yaml") == [["lastName": "Żak"]])
        #expect {
            try DataFile.list(at: "event.title", in: data, file: "d.yaml")
        } throws: { error in
            (error as? DataFileError)?.description == "d.yaml: „event.title” nie jest listą."
        }
    }
}
