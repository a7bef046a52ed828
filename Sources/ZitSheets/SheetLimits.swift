import ZitPackage

/// Caps on what a spreadsheet may make this module allocate.
///
/// Lists arrive as e-mail attachments and uploads, so a file is untrusted input: a small .ods
/// can declare a million rows of repeated content, and a CSV can hold one endless quoted field.
/// Every limit ends in a `SheetError` naming the place, never in a crash or an exhausted machine.
public struct SheetLimits: Sendable, Equatable {
    /// Rows holding data in one sheet. Excel's own maximum is 1,048,576.
    public var maxRows: Int
    /// Non-empty cells in the whole workbook; bounds memory (a cell costs tens of bytes).
    /// A 10,000-person list with 30 columns has 300,000.
    public var maxCells: Int
    /// Characters (UTF-16 code units, as Excel counts them) in one cell: Excel's 32,767.
    public var maxCellText: Int
    /// The highest column that may hold a value: 16,384 ("XFD"), the most Excel and
    /// LibreOffice have. Empty repeated columns beyond it (LibreOffice writes those) are fine.
    public var maxColumn: Int
    /// Size of the file itself, checked before it is read.
    public var maxFileSize: Int
    /// For .xlsx and .ods: entry count, sizes and compression ratio (zip bombs), checked by
    /// `ZitPackage` before anything is unpacked.
    public var package: PackageLimits

    public static let `default` = SheetLimits()

    public init(
        maxRows: Int = 1_000_000,
        maxCells: Int = 5_000_000,
        maxCellText: Int = 32_767,
        maxColumn: Int = 16_384,
        maxFileSize: Int = 256 << 20,
        package: PackageLimits = .default
    ) {
        self.maxRows = maxRows
        self.maxCells = maxCells
        self.maxCellText = maxCellText
        self.maxColumn = maxColumn
        self.maxFileSize = maxFileSize
        self.package = package
    }
}
