import Foundation
import Testing
import ZitPackage
@testable import ZitSheets

/// Every file that cannot be read ends in one sentence that names it and says what is wrong.
@Suite struct ErrorTests {
    @Test func truncatedXLSX() throws {
        let bytes = try Support.bytes(ofFixture: "uczestnicy.xlsx")
        let error = try #require(Support.error { try SheetReader.read(bytes: Array(bytes.prefix(bytes.count / 2)), name: "uczestnicy.xlsx") })
        #expect(error.description == "uczestnicy.xlsx is damaged: it starts like an .xlsx or .ods file (a zip archive) but cannot be opened, perhaps because it was not copied or downloaded completely.")
    }

    @Test func textFileNamedXLSX() throws {
        let error = try #require(Support.error { try Support.readCSV("Imię;Nazwisko\nŁucja;Żak\n", name: "uczestnicy.xlsx") })
        #expect(error.reason == .notASpreadsheet(
            "is not a real .xlsx file: its content is not a zip archive, as every .xlsx file is (perhaps a text file was renamed); open it in the program that made it and save it as .xlsx again"))
        #expect(error.description.hasPrefix("uczestnicy.xlsx is not a real .xlsx file"))
        let empty = try #require(Support.error { try SheetReader.read(bytes: [], name: "uczestnicy.ods") })
        #expect(empty.description == "uczestnicy.ods is damaged: the file is empty (0 bytes), perhaps because it was not copied completely.")
    }

    @Test func otherKindsOfFiles() throws {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512)
        let xls = try #require(Support.error { try SheetReader.read(bytes: ole, name: "lista.xlsx") })
        #expect(xls.description.hasPrefix("lista.xlsx is in the old Excel 97–2003 format (.xls) or is protected with a password"))

        let html = try #require(Support.error { try Support.readCSV("<table><tr><td>Jan</td></tr></table>", name: "eksport.xls") })
        #expect(html.description.hasPrefix("eksport.xls is not an Excel workbook but a web page or text file named .xls"))

        let pdf = try #require(Support.error { try Support.readCSV("%PDF-1.7", name: "lista.pdf") })
        #expect(pdf.description == "lista.pdf is not a spreadsheet this program reads; save the list as .xlsx, .ods or .csv.")

        let docx = try Support.zip([
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("_rels/.rels", "<Relationships xmlns=\"\(Support.packageRelationships)\"><Relationship Id=\"rId1\" Type=\"\(Support.relationships)/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
            ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>"),
        ])
        let word = try #require(Support.error { try SheetReader.read(bytes: docx, name: "lista.xlsx") })
        #expect(word.description == "lista.xlsx is a Word document, not a spreadsheet; the list must be an Excel or Calc sheet (.xlsx, .ods) or .csv.")

        let xlsb = try #require(Support.error { try SheetReader.read(bytes: try Support.zip([("xl/workbook.bin", "binary")]), name: "lista.xlsb") })
        #expect(xlsb.description.hasPrefix("lista.xlsb is an Excel binary workbook (.xlsb)"))

        let other = try #require(Support.error { try SheetReader.read(bytes: try Support.zip([("zdjecie.jpg", "jpeg")]), name: "lista.zip") })
        #expect(other.description == "lista.zip is a zip archive but not a spreadsheet; unpack it, or save the list as .xlsx, .ods or .csv.")
    }

    @Test func fileSystemErrors() throws {
        let missing = try #require(Support.error { try SheetReader.read(contentsOf: "/nonexistent/uczestnicy.xlsx") })
        #expect(missing.description == "/nonexistent/uczestnicy.xlsx could not be opened: the file does not exist.")
        let folder = try #require(Support.error { try SheetReader.read(contentsOf: Support.fixtures.path) })
        #expect(folder.reason == .unreadable("it is a folder, not a file"))
    }

    @Test func packageLimitsComeFromZitPackage() throws {
        let limits = SheetLimits(package: PackageLimits(maxEntryCount: 3))
        let error = try #require(Support.error { try SheetReader.read(contentsOf: Support.fixture("uczestnicy.xlsx"), limits: limits) })
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
        let without = try PackageWriter(source: package).bytes(of: package.entryNames.filter { $0 != "xl/worksheets/sheet2.xml" }.map { .copied($0) })
        let missing = try #require(Support.error { try SheetReader.read(bytes: without, name: "uczestnicy.xlsx") })
        #expect(missing.description == "uczestnicy.xlsx, sheet Obecność is damaged: the part xl/worksheets/sheet2.xml is missing.")

        let dtd = try PackageWriter(source: package).bytes(of: package.entryNames.map { name in
            name == "xl/sharedStrings.xml"
                ? .deflated(name, Array("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"b\">]><sst/>".utf8))
                : .copied(name)
        })
        let refused = try #require(Support.error { try SheetReader.read(bytes: dtd, name: "uczestnicy.xlsx") })
        #expect(refused.description == "uczestnicy.xlsx is damaged: the part xl/sharedStrings.xml declares a DTD (<!DOCTYPE>), which spreadsheets never do, so the file is refused as unsafe.")
    }

    @Test func damagedFlatODS() throws {
        let error = try #require(Support.error { try Support.readCSV("<office:document>\n<office:body>", name: "lista.fods") })
        #expect(error.description.hasPrefix("lista.fods is damaged: the file is not valid XML (line 2:"))
    }

    @Test func fileSizeInMessages() {
        #expect(SheetError.megabytes(300) == "300 bytes")
        #expect(SheetError.megabytes(20_000) == "20 KB")
        #expect(SheetError.megabytes(256 << 20) == "256 MB")
        #expect(SheetError.megabytes(3 << 19) == "1.5 MB")
    }

    @Test func extensionsDoNotDecideZipFormats() throws {
        // An .ods renamed to .xlsx (and a .csv named .txt) are still read for what they are.
        let ods = try SheetReader.read(bytes: try Support.bytes(ofFixture: "uczestnicy.ods"), name: "uczestnicy.xlsx")
        #expect(ods.format == .ods)
        #expect(ods.sheets[0].values(2)["B"] == .text("Łucja"))
        let csv = try SheetReader.read(bytes: try Support.bytes(ofFixture: "uczestnicy-cp1250.csv"), name: "uczestnicy.TXT")
        #expect(csv.format == .csv)
        #expect(csv.sheets[0].values(2)["C"] == .text("Żak"))
    }
}
