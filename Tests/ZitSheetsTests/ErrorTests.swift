import Foundation
import Testing
import ZitPackage

@testable import ZitSheets

/// Every file that cannot be read ends in one sentence that names it and says what is wrong.
@Suite struct ErrorTests {
    @Test func truncatedXLSX() throws {
        let bytes = try Support.bytes(ofFixture: "uczestnicy.xlsx")
        let error = try #require(
            Support.error { try SheetReader.read(bytes: Array(bytes.prefix(bytes.count / 2)), name: "uczestnicy.xlsx") }
        )
        #expect(
            error.description
                == "uczestnicy.xlsx: plik jest uszkodzony – zaczyna się jak plik .xlsx lub .ods (archiwum ZIP), ale nie da się go otworzyć, być może dlatego, że nie został w całości skopiowany lub pobrany."
        )
    }

    @Test func textFileNamedXLSX() throws {
        let error = try #require(
            Support.error { try Support.readCSV("Imię;Nazwisko\nŁucja;Żak\n", name: "uczestnicy.xlsx") })
        #expect(
            error.reason
                == .notASpreadsheet(
                    "to nie jest prawdziwy plik .xlsx: jego zawartość nie jest archiwum ZIP, a każdy plik .xlsx nim jest (być może zmieniono nazwę pliku tekstowego); otwórz go w programie, w którym powstał, i zapisz ponownie jako .xlsx"
                ))
        #expect(error.description.hasPrefix("uczestnicy.xlsx: to nie jest prawdziwy plik .xlsx"))
        let empty = try #require(Support.error { try SheetReader.read(bytes: [], name: "uczestnicy.ods") })
        #expect(
            empty.description
                == "uczestnicy.ods: plik jest uszkodzony – jest pusty (0 bajtów), być może nie został skopiowany w całości."
        )
    }

    @Test func otherKindsOfFiles() throws {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512)
        let xls = try #require(Support.error { try SheetReader.read(bytes: ole, name: "lista.xlsx") })
        #expect(
            xls.description.hasPrefix(
                "lista.xlsx: to plik w starym formacie Excel 97–2003 (.xls) albo plik chroniony hasłem"))

        let html = try #require(
            Support.error { try Support.readCSV("<table><tr><td>Jan</td></tr></table>", name: "eksport.xls") })
        #expect(
            html.description.hasPrefix(
                "eksport.xls: to nie jest skoroszyt programu Excel, lecz strona internetowa lub plik tekstowy z rozszerzeniem .xls"
            ))

        let pdf = try #require(Support.error { try Support.readCSV("%PDF-1.7", name: "lista.pdf") })
        #expect(
            pdf.description
                == "lista.pdf: to nie jest arkusz w formacie, który ten program odczytuje; zapisz listę jako .xlsx, .ods lub .csv."
        )

        let docx = try Support.zip([
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            (
                "_rels/.rels",
                "<Relationships xmlns=\"\(Support.packageRelationships)\"><Relationship Id=\"rId1\" Type=\"\(Support.relationships)/officeDocument\" Target=\"word/document.xml\"/></Relationships>"
            ),
            (
                "word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>"
            )
        ])
        let word = try #require(Support.error { try SheetReader.read(bytes: docx, name: "lista.xlsx") })
        #expect(
            word.description
                == "lista.xlsx: to dokument programu Word, a nie arkusz; lista musi być arkuszem programu Excel lub Calc (.xlsx, .ods) albo plikiem .csv."
        )

        let xlsb = try #require(
            Support.error {
                try SheetReader.read(bytes: try Support.zip([("xl/workbook.bin", "binary")]), name: "lista.xlsb")
            })
        #expect(xlsb.description.hasPrefix("lista.xlsb: to binarny skoroszyt programu Excel (.xlsb)"))

        let other = try #require(
            Support.error { try SheetReader.read(bytes: try Support.zip([("zdjecie.jpg", "jpeg")]), name: "lista.zip") }
        )
        #expect(
            other.description
                == "lista.zip: to archiwum ZIP, a nie arkusz; rozpakuj je albo zapisz listę jako .xlsx, .ods lub .csv.")
    }

    @Test func fileSystemErrors() throws {
        let missing = try #require(Support.error { try SheetReader.read(contentsOf: "/nonexistent/uczestnicy.xlsx") })
        #expect(missing.description == "/nonexistent/uczestnicy.xlsx: nie można otworzyć pliku (plik nie istnieje).")
        let folder = try #require(Support.error { try SheetReader.read(contentsOf: Support.fixtures.path) })
        #expect(folder.reason == .unreadable("to jest folder, a nie plik"))
    }

    @Test func packageLimitsComeFromZitPackage() throws {
        let limits = SheetLimits(package: PackageLimits(maxEntryCount: 3))
        let error = try #require(
            Support.error { try SheetReader.read(contentsOf: Support.fixture("uczestnicy.xlsx"), limits: limits) })
        guard case .package(.tooManyEntries(_, _, let limit)) = error.reason else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(limit == 3)
        #expect(error.description.hasPrefix(Support.fixture("uczestnicy.xlsx")))
    }

    @Test func missingWorksheetPartAndDTD() throws {
        let bytes = try Support.bytes(ofFixture: "uczestnicy.xlsx")
        let package = try Package(bytes: bytes, name: "uczestnicy.xlsx")
        let without = try PackageWriter(source: package).bytes(
            of: package.entryNames.filter { $0 != "xl/worksheets/sheet2.xml" }.map { .copied($0) })
        let missing = try #require(Support.error { try SheetReader.read(bytes: without, name: "uczestnicy.xlsx") })
        #expect(
            missing.description
                == "uczestnicy.xlsx, arkusz Obecność: plik jest uszkodzony – brak części xl/worksheets/sheet2.xml.")

        let dtd = try PackageWriter(source: package).bytes(
            of: package.entryNames.map { name in
                name == "xl/sharedStrings.xml"
                    ? .deflated(name, Array("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"b\">]><sst/>".utf8))
                    : .copied(name)
            })
        let refused = try #require(Support.error { try SheetReader.read(bytes: dtd, name: "uczestnicy.xlsx") })
        #expect(
            refused.description
                == "uczestnicy.xlsx: plik jest uszkodzony – część xl/sharedStrings.xml zawiera deklarację DTD (<!DOCTYPE>), której arkusze nigdy nie mają, więc plik odrzucono jako niebezpieczny."
        )
    }

    @Test func damagedFlatODS() throws {
        let error = try #require(
            Support.error { try Support.readCSV("<office:document>\n<office:body>", name: "lista.fods") })
        #expect(
            error.description.hasPrefix(
                "lista.fods: plik jest uszkodzony – plik ma nieprawidłową zawartość XML (linia 2:"))
    }

    @Test func fileSizeInMessages() {
        #expect(SheetError.megabytes(300) == "300 B")
        #expect(SheetError.megabytes(20_000) == "20 KB")
        #expect(SheetError.megabytes(256 << 20) == "256 MB")
        #expect(SheetError.megabytes(3 << 19) == "1,5 MB")
    }

    @Test func extensionsDoNotDecideZipFormats() throws {
        // An .ods renamed to .xlsx (and a .csv named .txt) are still read for what they are.
        let ods = try SheetReader.read(bytes: try Support.bytes(ofFixture: "uczestnicy.ods"), name: "uczestnicy.xlsx")
        #expect(ods.format == .ods)
        #expect(ods.sheets[0].values(2)["B"] == .text("Łucja"))
        let csv = try SheetReader.read(
            bytes: try Support.bytes(ofFixture: "uczestnicy-cp1250.csv"), name: "uczestnicy.TXT")
        #expect(csv.format == .csv)
        #expect(csv.sheets[0].values(2)["C"] == .text("Żak"))
    }
}
