/// Polish-language formatting helpers used when rendering documents.
///
/// Everything here is deliberately written in plain Swift instead of going
/// through `DateFormatter`, `NumberFormatter` or `Locale`:
///
/// * ICU/CLDR data differs between macOS and Linux (and between toolchain
///   versions), so the same template could render "5 mar 2026" on one machine
///   and "5 mar. 2026" on another. Documents submitted to an EU-funded
///   project must be reproducible byte for byte.
/// * The formatters are comparatively slow to create and are not `Sendable`,
///   which is awkward under Swift 6 strict concurrency.
///
/// The only Foundation features used are `Decimal` (money must not go through
/// binary floating point), `NSDecimalRound` and canonical Unicode
/// decomposition (`decomposedStringWithCanonicalMapping`, used to strip
/// non-Polish diacritics); none of these depend on the current locale.
///
/// All members are pure functions or `Sendable` value types.
public enum Polish {}
