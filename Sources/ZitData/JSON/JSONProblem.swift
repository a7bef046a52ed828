import ZitProject

/// Why a JSON data file could not be read, in Polish for the person who keeps the file.
enum JSONProblem: Error {
    /// Not JSON at this place; the detail is yajl's own, in English.
    case syntax(TextPosition, detail: String)
    case notUTF8(line: Int)
    case tooDeep(line: Int)
    case numberOutOfRange(String, line: Int)
    /// `\udc00` and the like: half of a character that UTF-16 writes in two codes.
    case unpairedSurrogate(line: Int)

    /// The line, counted from 1.
    var line: Int {
        switch self {
        case .syntax(let position, _): position.line
        case .notUTF8(let line), .tooDeep(let line), .numberOutOfRange(_, let line), .unpairedSurrogate(let line): line
        }
    }

    var description: String {
        switch self {
        case .syntax(let position, let detail):
            "nie da się odczytać pliku JSON: linia \(position.line), kolumna \(position.column): \(detail)"
        case .notUTF8(let line):
            "linia \(line): plik nie jest tekstem w kodowaniu UTF-8; zapisz go ponownie, wybierając kodowanie UTF-8."
        case .tooDeep(let line):
            YAMLShape.Problem.tooDeep(line: line).description
        case .numberOutOfRange(let number, let line):
            "linia \(line): liczba \(number) jest za duża albo za mała, by ją odczytać."
        case .unpairedSurrogate(let line):
            "linia \(line): w tekście jest kod od \\ud800 do \\udfff bez swojej pary; taki zapis nie oznacza żadnego znaku."
        }
    }
}
