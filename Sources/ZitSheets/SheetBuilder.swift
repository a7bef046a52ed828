/// Collects one sheet's rows while a reader walks the file, and enforces `SheetLimits` as
/// values arrive, before anything is allocated for them: every reader (xlsx, ods, csv) goes
/// through here, so the limits and the "no empty cells, no empty rows" rule are the same for
/// all formats.
struct SheetBuilder {
    let file: String
    let format: SheetFormat
    let name: String
    let limits: SheetLimits

    private(set) var rows: [SheetRow] = []
    private var cells: [SheetCell] = []
    /// Set when a file lists rows or cells out of order (Excel never does; hand-made files
    /// may), so they are sorted once at the end instead of inserted in place.
    private var rowsOutOfOrder = false
    private var cellsOutOfOrder = false

    init(file: String, format: SheetFormat, name: String, limits: SheetLimits) {
        self.file = file
        self.format = format
        self.name = name
        self.limits = limits
    }

    func location(row: Int? = nil, column: Int? = nil) -> SheetLocation {
        SheetLocation(file: file, format: format, sheet: format == .csv ? nil : name, row: row, column: column)
    }

    func error(_ reason: SheetError.Reason, row: Int? = nil, column: Int? = nil) -> SheetError {
        SheetError(location(row: row, column: column), reason)
    }

    /// Adds a value to the current row; empty values are dropped here. `budget` counts the
    /// cells of the whole workbook.
    mutating func add(_ value: CellValue, column: Int, row: Int, budget: inout Int) throws(SheetError) {
        switch value {
        case .empty: return
        case .text(let text), .error(let text):
            if text.isEmpty { return }
            try check(text, row: row, column: column)
        default: break
        }
        guard column <= limits.maxColumn else { throw error(.beyondLastColumn(limit: limits.maxColumn), row: row) }
        guard budget < limits.maxCells else {
            throw error(.tooManyCells(limit: limits.maxCells), row: row, column: column)
        }
        budget += 1
        if let last = cells.last, last.column >= column { cellsOutOfOrder = true }
        cells.append(SheetCell(column: column, value: value))
    }

    /// The same value in `count` adjacent columns (ODF `number-columns-repeated`): refused as a
    /// whole when it would exceed the limits, so a crafted repeat is never expanded.
    mutating func add(_ value: CellValue, columns first: Int, count: Int, row: Int, budget: inout Int)
        throws(SheetError)
    {
        guard !value.isEmpty, count > 0 else { return }
        if count > 1 {
            guard first <= limits.maxColumn - (count - 1) else {
                throw error(.beyondLastColumn(limit: limits.maxColumn), row: row)
            }
            guard budget <= limits.maxCells - count else {
                throw error(.tooManyCells(limit: limits.maxCells), row: row, column: first)
            }
        }
        for offset in 0..<count { try add(value, column: first + offset, row: row, budget: &budget) }
    }

    /// Ends the current row; a row without values is not kept (its number is simply skipped).
    mutating func endRow(_ number: Int) throws(SheetError) {
        guard !cells.isEmpty else { return }
        try appendRow(number: number)
        cells.removeAll(keepingCapacity: true)
    }

    /// Ends the current row and repeats it `count` times in all (ODF `number-rows-repeated`).
    /// The budget must already include one copy of the row's cells.
    mutating func endRow(_ number: Int, repeated count: Int, budget: inout Int) throws(SheetError) {
        guard !cells.isEmpty else { return }
        if count > 1 {
            guard rows.count <= limits.maxRows - count else { throw error(.tooManyRows(limit: limits.maxRows)) }
            let extra = cells.count.multipliedReportingOverflow(by: count - 1)
            guard !extra.overflow, budget <= limits.maxCells - extra.partialValue else {
                throw error(.tooManyCells(limit: limits.maxCells), row: number)
            }
            budget += extra.partialValue
        }
        if cellsOutOfOrder { try normaliseCells(row: number) }
        let row = SheetRow(number: number, cells: cells)
        try appendRow(row)
        for offset in 1..<max(count, 1) { try appendRow(SheetRow(number: number + offset, cells: row.cells)) }
        cells.removeAll(keepingCapacity: true)
    }

    /// The rows in order. Two rows with one number, like two values in one cell, happen only in
    /// damaged or crafted files and are refused rather than silently merged.
    mutating func finish() throws(SheetError) -> Sheet {
        if rowsOutOfOrder {
            rows.sort { $0.number < $1.number }
            for index in rows.indices.dropFirst() where rows[index].number == rows[index - 1].number {
                throw error(.damaged("wiersz występuje dwa razy"), row: rows[index].number)
            }
        }
        return Sheet(file: file, name: name, format: format, rows: rows)
    }

    // MARK: -

    private mutating func appendRow(number: Int) throws(SheetError) {
        if cellsOutOfOrder { try normaliseCells(row: number) }
        try appendRow(SheetRow(number: number, cells: cells))
    }

    private mutating func appendRow(_ row: SheetRow) throws(SheetError) {
        guard rows.count < limits.maxRows else { throw error(.tooManyRows(limit: limits.maxRows)) }
        if let last = rows.last, last.number >= row.number { rowsOutOfOrder = true }
        rows.append(row)
    }

    /// Sorts the current row's cells by column, refusing a column that holds two values.
    private mutating func normaliseCells(row: Int) throws(SheetError) {
        cells.sort { $0.column < $1.column }
        for index in cells.indices.dropFirst() where cells[index].column == cells[index - 1].column {
            throw error(.damaged("komórka ma dwie wartości"), row: row, column: cells[index].column)
        }
        cellsOutOfOrder = false
    }

    /// Excel's cell limit in UTF-16 code units; the UTF-8 length is a cheap upper bound
    /// that settles almost every cell without counting.
    func check(_ text: String, row: Int, column: Int) throws(SheetError) {
        guard text.utf8.count > limits.maxCellText else { return }
        if text.utf16.count > limits.maxCellText {
            throw error(.textTooLong(limit: limits.maxCellText), row: row, column: column)
        }
    }
}
