import Foundation
import ZitPolish

/// Numbers in reports: money, counts and shares as Polish text.
enum ReportFormatting {
    static func money(_ amount: Decimal) -> String { Polish.formatMoney(amount) }

    static func percent(_ part: Decimal, of whole: Decimal) -> String {
        guard whole != 0 else { return "—" }
        return Polish.formatNumber(part / whole * 100, fractionDigits: 1) + "%"
    }

    static func percent(_ part: Int, of whole: Int) -> String { percent(Decimal(part), of: Decimal(whole)) }
}
