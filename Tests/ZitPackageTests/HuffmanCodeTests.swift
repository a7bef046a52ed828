import Testing

@testable import ZitPackage

@Suite struct HuffmanCodeTests {
    /// Kraft's sum in units of 2^-limit: exactly 2^limit for a complete code.
    static func kraft(_ lengths: [Int], limit: Int) -> Int {
        lengths.filter { $0 > 0 }.reduce(0) { $0 + (1 << (limit - $1)) }
    }

    @Test func skewedFrequenciesAreLimitedAndStayComplete() {
        // Fibonacci weights make Huffman's tree as deep as there are symbols.
        var fibonacci = [1, 1]
        while fibonacci.count < 40 { fibonacci.append(fibonacci[fibonacci.count - 1] + fibonacci[fibonacci.count - 2]) }
        for limit in [7, 15] {
            let code = HuffmanCode(frequencies: fibonacci, maximumLength: limit)
            #expect(code.lengths.max() == limit)
            #expect(Self.kraft(code.lengths, limit: limit) == 1 << limit)
            // More frequent symbols never get longer codes.
            #expect(zip(code.lengths, code.lengths.dropFirst()).allSatisfy { $0 >= $1 })
        }
    }

    @Test func oneOrNoSymbolStillGivesACompleteCode() {
        for frequencies in [[0, 0, 5, 0], [0, 0, 0, 0]] {
            let code = HuffmanCode(frequencies: frequencies, maximumLength: 15)
            #expect(code.lengths.filter { $0 > 0 }.count == 2)
            #expect(Self.kraft(code.lengths, limit: 15) == 1 << 15)
        }
    }

    @Test func codesArePrefixFreeWithHuffmansLengths() {
        let code = HuffmanCode(frequencies: [10, 1, 1, 5, 0, 3, 20], maximumLength: 15)
        let codes = code.packed.enumerated().filter { code.lengths[$0.offset] > 0 }.map { entry in
            (
                bits: HuffmanCode.reversed(Int(entry.element >> 8), width: code.lengths[entry.offset]),
                length: code.lengths[entry.offset]
            )
        }
        for (a, first) in codes.enumerated() {
            for (b, second) in codes.enumerated() where a != b && first.length <= second.length {
                #expect(second.bits >> (second.length - first.length) != first.bits, "one code is the start of another")
            }
        }
        // Huffman's tree for these weights, worked by hand: 1+1, +3, +5, +10, +20.
        #expect(code.lengths == [2, 5, 5, 3, 0, 4, 1])
    }
}
