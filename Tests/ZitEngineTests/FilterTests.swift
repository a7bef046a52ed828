import Testing

@testable import ZitEngine

@Suite struct FilterTests {
    @Test func polishDatesAmountsAndDefaults() throws {
        let body = """
            <w:p><w:r><w:t>{{name | upper}}; {{day | date:„d MMMM yyyy”}}; {{day | date}}; {{budget | money}}; {{hours | number:"1"}}; {{gone | default:"—"}}; {{ratio}}; {{seven | pad:"3"}}</w:t></w:r></w:p>
            """
        let rendering = try Rendering(
            try TestPackages.docx(body),
            data: [
                "name": "zażółć gęślą jaźń", "day": "2026-03-05", "budget": 814000, "hours": .number(7.5),
                "ratio": .number(0.25), "seven": 7
            ])
        #expect(
            try rendering.paragraphs() == [
                "ZAŻÓŁĆ GĘŚLĄ JAŹŃ; 5 marca 2026; 5 marca 2026 r.; 814\u{A0}000,00\u{A0}zł; 7,5; —; 0,25; 007"
            ])
    }
}
