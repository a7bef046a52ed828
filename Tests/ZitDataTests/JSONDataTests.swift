import Foundation
import Testing
import ZitEngine

@testable import ZitData

/// JSON data as yajl reads it: values of every kind, exactly, and each refusal said with its line.
@Suite struct JSONDataTests {
    func value(_ text: String) throws -> TemplateValue {
        try JSONData.value(from: Data(text.utf8))
    }

    /// The message a person would see for these bytes, or nil when they are read.
    func problem(_ bytes: [UInt8]) -> String? {
        do {
            _ = try JSONData.value(from: Data(bytes))
            return nil
        } catch {
            return error.description
        }
    }

    func problem(_ text: String) -> String? { problem(Array(text.utf8)) }

    func nested(_ depth: Int, breakingBefore breaks: Set<Int> = []) -> String {
        (1...depth).map { breaks.contains($0) ? "\n[" : "[" }.joined() + String(repeating: "]", count: depth)
    }

    @Test func numbersKeepTheirDecimalDigits() throws {
        #expect(
            try value("[0.1, 814000.50, 1e3, -7, -2.5E-2, 12345678901234567890]") == [
                .number(Decimal(sign: .plus, exponent: -1, significand: 1)),
                .number(Decimal(sign: .plus, exponent: -1, significand: 8_140_005)),
                1000, -7,
                .number(Decimal(sign: .minus, exponent: -3, significand: 25)),
                .number(Decimal(string: "12345678901234567890")!)
            ])
    }

    @Test func rowsOfTheSameKeysShareThemAndALaterEqualKeyWins() throws {
        let rows = try value(
            #"[{"name": "Anna", "place": "Kalisz"}, {"name": "Jan", "place": "Ostrów"}, {"name": "Ewa", "name": "Ewa Nowak"}]"#
        )
        #expect(
            rows == [["name": "Anna", "place": "Kalisz"], ["name": "Jan", "place": "Ostrów"], ["name": "Ewa Nowak"]])
        guard case .list(let items) = rows, case .record(let first) = items[0], case .record(let second) = items[1]
        else {
            Issue.record("rows are read as records")
            return
        }
        #expect(first.keys === second.keys)
    }

    @Test func escapesAndPolishLettersMakeTheSameText() throws {
        #expect(
            try value(#"["\u0105\u017C", "ąż", "\ud83d\ude00", "Łucja Żółć", "a\"b\\c\nd", ""]"#)
                == ["ąż", "ąż", "😀", "Łucja Żółć", "a\"b\\c\nd", ""])
        #expect(try value(#"{"imię": "Zażółć"}"#) == ["imię": "Zażółć"])
    }

    @Test func ofTwoEqualKeysTheLastWins() throws {
        #expect(try value(#"{"a": 1, "b": [1], "a": 2}"#) == ["a": 2, "b": [1]])
    }

    /// Objects with the keys of the one before are made from it; each must still be its own.
    @Test func rowsWithTheKeysOfTheRowBeforeKeepTheirOwnValues() throws {
        let rows = #"""
            [{"a": 1, "b": "x"}, {"a": 2, "b": "y"}, {"b": 3, "a": 4}, {"a": 5}, {"a": 6, "b": 7, "c": 8},
             {"a": 9, "a": 10}, {"a": 11, "a": 12}, {"a": 13, "b": 14}, {}, {},
             {"a": {"b": 1}, "c": [{"d": 1}, {"d": 2}]}, {"a": {"b": 2}, "c": [{"d": 3}, {"e": 4}]}]
            """#
        #expect(
            try value(rows) == [
                ["a": 1, "b": "x"], ["a": 2, "b": "y"], ["b": 3, "a": 4], ["a": 5], ["a": 6, "b": 7, "c": 8],
                ["a": 10], ["a": 12], ["a": 13, "b": 14], .object([:]), .object([:]),
                ["a": ["b": 1], "c": [["d": 1], ["d": 2]]], ["a": ["b": 2], "c": [["d": 3], ["e": 4]]]
            ])
    }

    /// Texts are shared through a cache whose slot depends on the length and the first and last
    /// eight bytes: these two share one and take turns in it.
    @Test func textsThatShareACacheSlotStayApart() throws {
        let one = "Związek ZIT 1 Aglomeracji", other = "Związek ZIT 2 Aglomeracji"
        let long = String(repeating: "Zamek Książ, ", count: 10)
        let texts = [one, other, one, long, other, long, one]
        let json = "[" + texts.map { "\"\($0)\"" }.joined(separator: ",") + "]"
        #expect(try value(json) == .list(texts.map(TemplateValue.string)))
    }

    @Test func anyValueMayStandAlone() throws {
        #expect(try value(#"[1, "x", {"k": null}]"#) == [1, "x", ["k": nil]])
        #expect(try value(#""tak""#) == "tak")
        #expect(try value(" 42\n") == 42)
        #expect(try value("null") == nil)
        #expect(try value("true") == true)
        #expect(try value("false") == false)
    }

    @Test func emptyContainersAndLiteralsKeepTheirKinds() throws {
        #expect(
            try value(#"{"o": {}, "l": [], "n": null, "t": true, "f": false}"#)
                == ["o": .object([:]), "l": .list([]), "n": .null, "t": .bool(true), "f": .bool(false)])
    }

    @Test func twoHundredLevelsAreRead() throws {
        var value = try value(nested(200))
        var depth = 0
        while case .list(let items) = value {
            depth += 1
            value = items.first ?? .null
        }
        #expect(depth == 200)
    }

    @Test func theLevelPastTwoHundredIsRefusedWithItsLine() {
        #expect(
            problem(nested(201, breakingBefore: [2, 201]))
                == "linia 3: dane są zagnieżdżone głębiej niż na 200 poziomów; takiego pliku nie da się bezpiecznie odczytać."
        )
    }

    @Test func syntaxErrorsNameLineAndCharacter() {
        // The column counts letters, not bytes: "Żółć" is 4 characters in 8 bytes.
        #expect(
            problem("[\n  \"Żółć\", x\n]")
                == "nie da się odczytać pliku JSON: linia 2, kolumna 11: lexical error: invalid char in json text.")
        #expect(
            problem("{\"a\": [1, 2\n\n")
                == "nie da się odczytać pliku JSON: linia 1, kolumna 12: parse error: premature EOF")
        #expect(
            problem("{\"a\" 1}")
                == "nie da się odczytać pliku JSON: linia 1, kolumna 6: parse error: object key and value must be separated by a colon (':')"
        )
    }

    @Test func bytesThatAreNotUTF8AreRefusedWithTheirLine() {
        let message = "plik nie jest tekstem w kodowaniu UTF-8; zapisz go ponownie, wybierając kodowanie UTF-8."
        // "ą" in Windows-1250, which yajl itself refuses.
        #expect(problem(Array("{\"a\":\n\"".utf8) + [0xB9] + Array("\"}".utf8)) == "linia 2: " + message)
        // An overlong "/" and an encoded surrogate, which yajl lets through.
        #expect(problem(Array("[\"a\",\n\n\"".utf8) + [0xC0, 0xAF] + Array("\"]".utf8)) == "linia 3: " + message)
        #expect(problem(Array("{\"".utf8) + [0xED, 0xA0, 0x80] + Array("\": 1}".utf8)) == "linia 1: " + message)
        // A letter outside quotes is valid UTF-8 but not JSON.
        #expect(
            problem("[ą]")
                == "nie da się odczytać pliku JSON: linia 1, kolumna 2: lexical error: invalid char in json text.")
    }

    @Test func halfOfASurrogatePairIsRefused() {
        let message = "w tekście jest kod od \\ud800 do \\udfff bez swojej pary; taki zapis nie oznacza żadnego znaku."
        #expect(problem("[\n\"\\udc00\"]") == "linia 2: " + message)
        // A first half followed by text, or by an escape that is not a second half: yajl would
        // write "?" or a wrong character.
        #expect(problem(#"{"a":"# + "\n\n" + #""\ud83d x"}"#) == "linia 3: " + message)
        #expect(problem(#"["\uD83D\u0041"]"#) == "linia 1: " + message)
        #expect(problem(#"["ok", "\ud83d"]"#) == "linia 1: " + message)
        // A whole pair, and an escaped backslash before text that only looks like an escape.
        #expect(problem(#"["\ud83d\ude00", "\\ud83d", "\\\ud83d\uDE00"]"#) == nil)
    }

    @Test func aNumberDecimalCannotHoldIsRefused() {
        #expect(problem("[1,\n1e500]") == "linia 2: liczba 1e500 jest za duża albo za mała, by ją odczytać.")
        #expect(problem("1e-500") == "linia 1: liczba 1e-500 jest za duża albo za mała, by ją odczytać.")
    }

    @Test func windowsByteOrderMarksAndUTF16AreRead() throws {
        let text = #"{"imię": "Żaneta"}"#
        #expect(try JSONData.value(from: Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))) == ["imię": "Żaneta"])
        #expect(
            try JSONData.value(from: text.data(using: .utf16LittleEndian).map { Data([0xFF, 0xFE]) + $0 }!) == [
                "imię": "Żaneta"
            ])
        #expect(
            try JSONData.value(from: text.data(using: .utf16BigEndian).map { Data([0xFE, 0xFF]) + $0 }!) == [
                "imię": "Żaneta"
            ])
    }
}
