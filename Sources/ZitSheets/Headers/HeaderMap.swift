/// Which column holds which wanted header, found by name rather than by position, because
/// offices reorder, insert and rename columns ("Imię" in B this year, in C the next).
///
/// The map never throws: it records every problem (all missing required headers, every
/// ambiguous one) so that a caller can report them all at once, each with its place.
public struct HeaderMap: Sendable {
    /// The header row's number.
    public let row: Int
    /// Each wanted header that was found, with the column (1-based) holding it; for a header
    /// that appears twice, the leftmost column (and a `.duplicate` problem).
    public let columns: [HeaderKey: Int]
    /// Missing required headers in the order they were asked for, then duplicated wanted ones
    /// in column order. Headers nobody asked for may repeat freely.
    public let problems: [HeaderProblem]

    /// - Parameters:
    ///   - required: headers the list must have; a missing one is a problem.
    ///   - optional: headers used when present.
    public init(headerRow: SheetRow, required: [HeaderKey], optional: [HeaderKey] = []) {
        let wanted = Set(required + optional)
        var found: [HeaderKey: [Int]] = [:]
        var order: [HeaderKey] = []
        for cell in headerRow.cells {
            let key = HeaderKey(cell.value.plainText)
            guard !key.folded.isEmpty, let index = wanted.firstIndex(of: key) else { continue }
            let match = wanted[index]  // the caller's spelling, for messages
            if found[match] == nil { order.append(match) }
            found[match, default: []].append(cell.column)
        }
        var problems: [HeaderProblem] = []
        var seenMissing = Set<HeaderKey>()
        for key in required where found[key] == nil && seenMissing.insert(key).inserted {
            problems.append(.missing(key))
        }
        for key in order where found[key]!.count > 1 {
            problems.append(.duplicate(key, columns: found[key]!))
        }
        self.row = headerRow.number
        self.columns = found.mapValues { $0[0] }
        self.problems = problems
    }

    /// The header row among the first `rows` rows of the sheet (title lines often stand above
    /// it): the first row holding every required header, or else the row holding the most of
    /// them (the earliest on a tie), so its `problems` say what is missing. Nil for a sheet
    /// without rows there.
    public static func locate(in sheet: Sheet, required: [HeaderKey], optional: [HeaderKey] = [], within rows: Int = 10)
        -> HeaderMap?
    {
        var best: HeaderMap?
        var bestFound = -1
        for row in sheet.rows.prefix(rows) {
            let map = HeaderMap(headerRow: row, required: required, optional: optional)
            let foundRequired = required.filter { map.columns[$0] != nil }.count
            if foundRequired == required.count { return map }
            if foundRequired > bestFound {
                best = map
                bestFound = foundRequired
            }
        }
        return best
    }

    /// The column holding a header, nil when the header row does not have it.
    public subscript(key: HeaderKey) -> Int? { columns[key] }

    /// The value under a header in a data row; `.empty` when the header or the value is missing.
    public func value(_ key: HeaderKey, in row: SheetRow) -> CellValue {
        columns[key].map { row[$0] } ?? .empty
    }

    /// The problems as errors placed in the sheet's header row (a duplicate at its second column).
    public func errors(in sheet: Sheet) -> [SheetError] {
        problems.map { problem in
            switch problem {
            case .missing: return SheetError(sheet.location(row: row), .header(problem))
            case .duplicate(_, let columns):
                return SheetError(sheet.location(row: row, column: columns[1]), .header(problem))
            }
        }
    }
}

/// Something wrong with a header row.
public enum HeaderProblem: Sendable, Equatable, CustomStringConvertible {
    /// A required header that no column has.
    case missing(HeaderKey)
    /// A wanted header found in more than one column: which one holds the data is unclear.
    case duplicate(HeaderKey, columns: [Int])

    public var description: String {
        switch self {
        case .missing(let key):
            return "w wierszu nagłówków nie ma kolumny „\(key.text)”"
        case .duplicate(let key, let columns):
            let letters = columns.map { SheetColumn.letters($0) }
            let list = letters.dropLast().joined(separator: ", ") + " i " + letters.last!
            return "kolumna „\(key.text)” występuje więcej niż raz (kolumny \(list)), więc nie wiadomo, której użyć"
        }
    }
}
