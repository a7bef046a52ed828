/// Deflate for a short part filled from a template, from work done once per template: a parse
/// of its fixed text (where each stretch repeats text before it) and Huffman codes made from
/// it. A document is then coded from those matches, moved to where the stretches landed past
/// the values between them, and from references to a stretch's previous copy, as in a short
/// list's rows; the values go as literals. A certificate's twenty kilobytes cost one pass of
/// coding instead of setting up zlib and searching them, and come out within a few percent of
/// zlib's size.
struct PreparsedDeflate: Sendable {
    /// A repeat inside the fixed text: `length` bytes at `offset` in a stretch are the same as
    /// those at `sourceOffset` in stretch `source` (the same stretch or an earlier one).
    struct Match: Sendable {
        var offset: Int32
        var length: Int32
        var source: Int32
        var sourceOffset: Int32
    }

    private let matches: [[Match]]
    private let lengths: [Int]
    /// Made from the fixed text as parsed, every symbol given a code for the values.
    private let codes: BlockCodes

    public init(_ stretches: [ArraySlice<UInt8>]) {
        lengths = stretches.map(\.count)
        let text = stretches.flatMap { $0 }
        var starts: [Int] = []
        var start = 0
        for length in lengths {
            starts.append(start)
            start += length
        }
        matches = MatchFinder.matches(in: text, stretchStarts: starts, lengths: lengths)
        var references: [ReferenceCoder.Reference] = []
        for (stretch, found) in matches.enumerated() {
            for match in found {
                let target = starts[stretch] + Int(match.offset)
                references.append(
                    .init(
                        offset: target, length: Int(match.length),
                        distance: target - starts[Int(match.source)] - Int(match.sourceOffset)))
            }
        }
        codes = BlockCodes.forEverySymbol(fittedTo: text, references: references)
    }

    /// `text` deflated, where each mark says which stretch starts at which offset.
    public func deflate(_ text: [UInt8], marks: [PieceMark]) -> DeflatedPart {
        var written = [Int](repeating: -1, count: lengths.count)
        var references: [ReferenceCoder.Reference] = []
        references.reserveCapacity(text.count / 8)
        written.withUnsafeMutableBufferPointer { written in
            for case .boilerplate(let offset, let stretch) in marks {
                defer { written[stretch] = offset }
                let previous = written[stretch]
                if previous >= 0, offset - previous <= Deflate.windowSize,
                    lengths[stretch] >= ReferenceCoder.minimumLength
                {
                    references.append(.init(offset: offset, length: lengths[stretch], distance: offset - previous))
                    continue
                }
                matches[stretch].withUnsafeBufferPointer { found in
                    for match in found {
                        let target = offset + Int(match.offset)
                        let sourceStart = Int(match.source) == stretch ? offset : written[Int(match.source)]
                        guard sourceStart >= 0 else { continue }  // in a section this document does not show
                        let distance = target - (sourceStart + Int(match.sourceOffset))
                        guard distance > 0, distance <= Deflate.windowSize else { continue }
                        references.append(.init(offset: target, length: Int(match.length), distance: distance))
                    }
                }
            }
        }
        let bytes = ReferenceCoder.encode(text[...], references: references, codes: codes, isLast: true)
        #if DEBUG
            assert(
                WrittenCheck.inflates(bytes, to: text[...], after: [], isLast: true),
                "a part coded from its template's parse inflates to other text")
        #endif
        return DeflatedPart(bytes: bytes, crc32: Deflate.checksum(text[...]), uncompressedSize: text.count)
    }
}

/// Greedy LZ77 over a template's fixed text, as zlib's fastest levels search: a hash of the
/// next four bytes, a chain of earlier places with the same hash, the longest match kept. A
/// match stays inside one stretch on either side, since values will come between stretches.
enum MatchFinder {
    private static let shortest = 4
    private static let chainLimit = 32
    private static let hashBits = 15

    /// `text` is the stretches one after another; `stretchStarts` and `lengths` say where each is.
    static func matches(in text: [UInt8], stretchStarts starts: [Int], lengths: [Int]) -> [[PreparsedDeflate.Match]] {
        var stretchAt = [Int32](repeating: 0, count: text.count)
        for (number, start) in starts.enumerated() {
            for index in start..<(start + lengths[number]) { stretchAt[index] = Int32(number) }
        }
        var found = [[PreparsedDeflate.Match]](repeating: [], count: starts.count)
        guard text.count >= shortest else { return found }
        var head = [Int32](repeating: -1, count: 1 << hashBits)
        var previous = [Int32](repeating: -1, count: text.count)
        text.withUnsafeBufferPointer { bytes in
            func hash(_ at: Int) -> Int {
                let word =
                    UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3])
                    << 24
                return Int((word &* 2_654_435_761) >> (32 - UInt32(hashBits)))
            }
            func insert(_ at: Int) {
                guard at + shortest <= bytes.count else { return }
                let slot = hash(at)
                previous[at] = head[slot]
                head[slot] = Int32(at)
            }
            var at = 0
            while at + shortest <= bytes.count {
                let stretch = Int(stretchAt[at])
                let targetEnd = starts[stretch] + lengths[stretch]
                var best = 0
                var bestSource = -1
                var candidate = Int(head[hash(at)])
                var tries = 0
                while candidate >= 0, tries < chainLimit, at - candidate <= Deflate.windowSize {
                    let source = Int(stretchAt[candidate])
                    let limit = min(targetEnd - at, starts[source] + lengths[source] - candidate)
                    var length = 0
                    while length < limit, bytes[candidate + length] == bytes[at + length] { length += 1 }
                    if length > best {
                        best = length
                        bestSource = candidate
                    }
                    candidate = Int(previous[candidate])
                    tries += 1
                }
                if best >= shortest {
                    let source = Int(stretchAt[bestSource])
                    found[stretch].append(
                        .init(
                            offset: Int32(at - starts[stretch]), length: Int32(best),
                            source: Int32(source), sourceOffset: Int32(bestSource - starts[source])))
                    for index in at..<(at + best) { insert(index) }
                    at += best
                } else {
                    insert(at)
                    at += 1
                }
            }
        }
        return found
    }
}
