import Foundation
import Testing
import ZitPackage

@testable import ZitSheets

/// Files and hand-made packages for the tests.
enum Support {
    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    static func bytes(ofFixture name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: fixture(name))))
    }

    /// A zip archive with these entries, written by ZitPackage's own writer.
    static func zip(_ entries: [(String, String)], storedFirst: Bool = false) throws -> [UInt8] {
        let empty = try Package(bytes: [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18), name: "empty.zip")
        return try PackageWriter(source: empty).bytes(
            of: entries.map { name, text in
                name == "mimetype" ? .stored(name, Array(text.utf8)) : .deflated(name, Array(text.utf8))
            })
    }

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    static let odsNamespaces =
        #"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3""#

    /// An .ods package whose spreadsheet body (the `table:table` elements) is `tables`.
    static func ods(_ tables: String) throws -> [UInt8] {
        try zip([
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            (
                "content.xml",
                #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
                    + "<office:document-content \(odsNamespaces)><office:body><office:spreadsheet>\(tables)</office:spreadsheet></office:body></office:document-content>"
            ),
            (
                "META-INF/manifest.xml",
                #"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>"#
            )
        ])
    }

    static func readODS(_ tables: String, limits: SheetLimits = .default) throws -> Workbook {
        try SheetReader.read(bytes: try ods(tables), name: "lista.ods", limits: limits)
    }

    static func readCSV(_ text: String, name: String = "lista.csv", limits: SheetLimits = .default) throws -> Workbook {
        try SheetReader.read(bytes: Array(text.utf8), name: name, limits: limits)
    }

    /// The error a throwing read produced, or a recorded issue when it did not throw one.
    static func error(_ body: () throws -> Workbook, sourceLocation: SourceLocation = #_sourceLocation) -> SheetError? {
        do {
            _ = try body()
            Issue.record("the file was read without an error", sourceLocation: sourceLocation)
            return nil
        } catch let error as SheetError {
            return error
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }
}

extension SheetDate {
    /// A valid date for expectations (traps on an invalid one, which would be a broken test).
    static func on(_ year: Int, _ month: Int, _ day: Int, _ hour: Int? = nil, _ minute: Int = 0, _ second: Int = 0)
        -> SheetDate
    {
        SheetDate(
            year: year, month: month, day: day, time: hour.map { SheetTime(hour: $0, minute: minute, second: second)! })!
    }
}

extension CellValue {
    static func day(_ year: Int, _ month: Int, _ day: Int, _ hour: Int? = nil, _ minute: Int = 0) -> CellValue {
        .date(.on(year, month, day, hour, minute))
    }
    static func clock(_ hour: Int, _ minute: Int, _ second: Int = 0) -> CellValue {
        .time(SheetTime(hour: hour, minute: minute, second: second)!)
    }
}

extension Sheet {
    /// The values of a row by column letters, for compact expectations ("" for a row that is not there).
    func values(_ row: Int) -> [String: CellValue] {
        var result: [String: CellValue] = [:]
        for cell in self.row(row)?.cells ?? [] { result[cell.columnLetters] = cell.value }
        return result
    }
}
