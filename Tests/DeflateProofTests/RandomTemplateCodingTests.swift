import Foundation
import Testing
import ZitEngine

/// Random templates and data (see `RandomTemplate`), each written from marks and through zlib
/// alone and compared entry by entry. `make test` runs a few hundred cases; `make fuzz` as many
/// as `ZITDOCS_FUZZ_CASES` says, from `ZITDOCS_FUZZ_SEED` (a failure names its case's seed,
/// which `ZITDOCS_FUZZ_ONLY` runs alone).
@Suite struct RandomTemplateCodingTests {
    static let environment = ProcessInfo.processInfo.environment
    static let cases = environment["ZITDOCS_FUZZ_CASES"].flatMap { Int($0) } ?? 300
    static let seed = environment["ZITDOCS_FUZZ_SEED"].flatMap { UInt64($0) } ?? 1
    static let shardCount = 8

    /// The seeds of shard `shard`: every `shardCount`-th case.
    static func seeds(of shard: Int) -> [UInt64] {
        if let only = environment["ZITDOCS_FUZZ_ONLY"].flatMap({ UInt64($0) }) { return shard == 0 ? [only] : [] }
        return stride(from: shard, to: cases, by: shardCount).map { seed &* 1_000_003 &+ UInt64($0) }
    }

    @Test(arguments: 0..<shardCount)
    func randomDocumentsAreTheSameAsThroughZlib(shard: Int) throws {
        var codedDifferently = 0
        var long = 0
        for seed in Self.seeds(of: shard) {
            let drawn = RandomTemplate(seed: seed)
            let tally = CodingComparison.expectSame(
                fromMarks: try drawn.document(coding: .fromMarks), zlibOnly: try drawn.document(coding: .zlibOnly),
                document: "seed \(seed) (ZITDOCS_FUZZ_ONLY=\(seed)), .\(drawn.format.rawValue)")
            if tally.codedDifferently > 0 { codedDifferently += 1 }
            if tally.bytes > 200_000 { long += 1 }
        }
        // Most cases must have gone through the fast coders, some with long parts, or the
        // comparison would prove nothing.
        let count = Self.seeds(of: shard).count
        guard count >= 20 else { return }
        #expect(codedDifferently * 5 >= count * 2, "\(codedDifferently) of \(count) cases coded differently from zlib")
        #expect(long > 0, "no case of \(count) had a long part")
    }
}
