/// A canonical Huffman code as deflate defines it (RFC 1951, 3.2.2): the shortest codes for
/// the most frequent symbols, no code longer than a limit, and complete, because zlib's
/// inflate refuses an incomplete code.
struct HuffmanCode {
    /// Per symbol: its length in bits (0 for a symbol that does not occur).
    let lengths: [Int]
    /// Per symbol: the code bit-reversed (deflate sends codes from their first bit, packed
    /// from the least significant end) shifted left by 8, plus its length.
    let packed: [UInt32]

    init(frequencies: [Int], maximumLength: Int) {
        var frequencies = frequencies
        // A code needs two symbols to be complete; a symbol given weight 1 only costs a code nobody uses.
        var used = frequencies.filter { $0 > 0 }.count
        for symbol in frequencies.indices where used < 2 && frequencies[symbol] == 0 {
            frequencies[symbol] = 1
            used += 1
        }
        lengths = Self.lengths(for: frequencies, maximumLength: maximumLength)
        packed = Self.canonicalCodes(lengths)
    }

    /// Huffman's construction over the symbols sorted by frequency (two queues: the leaves,
    /// and the joined nodes, which come out in order of weight), then the limit applied.
    private static func lengths(for frequencies: [Int], maximumLength: Int) -> [Int] {
        let symbols = frequencies.indices.filter { frequencies[$0] > 0 }.sorted {
            (frequencies[$0], $0) < (frequencies[$1], $1)
        }
        let leaves = symbols.count
        var weight = symbols.map { frequencies[$0] } + Array(repeating: 0, count: leaves - 1)
        var parent = Array(repeating: 0, count: 2 * leaves - 1)
        var nextLeaf = 0
        var nextJoined = leaves
        for node in leaves..<(2 * leaves - 1) {
            var children = [Int]()
            for _ in 0..<2 {
                let takeLeaf = nextLeaf < leaves && (nextJoined >= node || weight[nextLeaf] <= weight[nextJoined])
                if takeLeaf {
                    children.append(nextLeaf)
                    nextLeaf += 1
                } else {
                    children.append(nextJoined)
                    nextJoined += 1
                }
            }
            weight[node] = weight[children[0]] + weight[children[1]]
            parent[children[0]] = node
            parent[children[1]] = node
        }
        var depth = Array(repeating: 0, count: 2 * leaves - 1)
        for node in stride(from: 2 * leaves - 3, through: 0, by: -1) { depth[node] = depth[parent[node]] + 1 }

        // How many codes of each length; codes past the limit are shortened, and shorter
        // ones lengthened until the lengths describe a complete code again.
        var countOfLength = Array(repeating: 0, count: max(maximumLength, depth.max() ?? 0) + 1)
        for leaf in 0..<leaves { countOfLength[depth[leaf]] += 1 }
        for length in stride(from: countOfLength.count - 1, to: maximumLength, by: -1) {
            countOfLength[maximumLength] += countOfLength[length]
            countOfLength[length] = 0
        }
        var kraft = 0  // in units of 2^-maximumLength
        for length in 1...maximumLength { kraft += countOfLength[length] << (maximumLength - length) }
        while kraft > 1 << maximumLength {
            countOfLength[maximumLength] -= 1
            for length in stride(from: maximumLength - 1, through: 1, by: -1) where countOfLength[length] > 0 {
                countOfLength[length] -= 1
                countOfLength[length + 1] += 2
                break
            }
            kraft -= 1
        }

        // The least frequent symbols get the longest codes.
        var lengths = Array(repeating: 0, count: frequencies.count)
        var next = 0
        for length in stride(from: maximumLength, through: 1, by: -1) {
            for _ in 0..<countOfLength[length] {
                lengths[symbols[next]] = length
                next += 1
            }
        }
        return lengths
    }

    private static func canonicalCodes(_ lengths: [Int]) -> [UInt32] {
        let longest = lengths.max() ?? 0
        var countOfLength = Array(repeating: 0, count: longest + 1)
        for length in lengths where length > 0 { countOfLength[length] += 1 }
        var nextCode = Array(repeating: 0, count: longest + 1)
        var code = 0
        for length in stride(from: 1, through: longest, by: 1) {
            code = (code + countOfLength[length - 1]) << 1
            nextCode[length] = code
        }
        return lengths.map { length in
            guard length > 0 else { return 0 }
            defer { nextCode[length] += 1 }
            return UInt32(reversed(nextCode[length], width: length)) << 8 | UInt32(length)
        }
    }

    static func reversed(_ code: Int, width: Int) -> Int {
        var result = 0
        for bit in 0..<width where code & (1 << bit) != 0 { result |= 1 << (width - 1 - bit) }
        return result
    }
}
