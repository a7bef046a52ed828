/// A job's name in URLs: 128 random bits, so one user cannot find another's job by counting.
public struct JobID: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Only ids of the form this type makes are accepted, so an id can name a folder safely.
    public init?(_ text: some StringProtocol) {
        guard text.utf8.count == 32, text.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else {
            return nil
        }
        rawValue = String(text)
    }

    private init(unchecked: String) { rawValue = unchecked }

    /// From the system's cryptographic source (`getrandom` on Linux).
    public static func random() -> JobID {
        var generator = SystemRandomNumberGenerator()
        let words = [generator.next(), generator.next()] as [UInt64]
        let hex = words.map { word in
            let digits = String(word, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return JobID(unchecked: hex.joined())
    }

    public var description: String { rawValue }
}
