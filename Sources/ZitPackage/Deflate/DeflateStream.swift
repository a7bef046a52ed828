import Dispatch
import Foundation

/// Compresses a part that arrives in pieces, such as a ten-thousand-row table while it is
/// being filled, so that only the compressed bytes are kept. Pieces are compressed on other
/// cores (on one other while a part is filled) while more are produced; at most a few wait
/// at a time, so memory stays flat however long the part grows.
///
/// Given the part's `Boilerplate` and marks of where each fixed stretch was written (and which
/// values were written again), a piece made mostly of repeats (the rows of a list, the copies
/// of a merge) is coded from those references directly; any other piece goes through zlib.
final class DeflateStream: @unchecked Sendable {
    private let level: Int
    private let boilerplate: Boilerplate
    private let lock = NSLock()
    private let group = DispatchGroup()
    private let queue: DispatchQueue
    /// How many pieces may wait to be coded before the thread that gives them waits.
    private let slots = DispatchSemaphore(value: 4)
    /// Compressed chunks and their checksums, by position; guarded by `lock`.
    private var results: [(bytes: [UInt8], crc: UInt32, length: Int)?] = []
    /// The newest piece is held back until the next one comes, because only the last piece
    /// of a part may end the deflate stream.
    private var held: (piece: [UInt8], marks: [PieceMark])?
    private var dictionary: [UInt8] = []
    /// Where in the part each fixed stretch was last written (-1: not yet), and the part's length so far.
    private var lastPositions: [Int]
    private var length = 0
    /// Pieces coded one at a time (`whileFilling`) share their codes: those made for one piece
    /// serve the next ones, which are rows of the same list, instead of each piece's symbols
    /// being counted and its codes made again (a fifth of the coding). Made afresh every
    /// `piecesPerCodes` pieces, as a list's texts drift. Touched only by the coding jobs.
    private let sharesCodes: Bool
    private var sharedCodes: (codes: BlockCodes, uses: Int)?
    private static let piecesPerCodes = 8
    #if DEBUG
        /// The text before the piece being submitted, for checking what the piece is coded into.
        private var checkWindow = WrittenCheck.Window()
    #endif

    /// `whileFilling`: the pieces come from a thread that goes on filling the part, and are coded
    /// one at a time, so that thread keeps its core; coding two at once took half of it (a
    /// 10,000-row list took a tenth longer). Otherwise pieces are coded on all cores.
    public init(
        level: Int = Deflate.defaultLevel, boilerplate: Boilerplate = Boilerplate([]), whileFilling: Bool = false
    ) {
        queue = whileFilling ? DispatchQueue(label: "zitdocs.deflate") : .global()
        sharesCodes = whileFilling
        self.level = level
        self.boilerplate = boilerplate
        lastPositions = Array(repeating: -1, count: boilerplate.count)
    }

    /// `marks` are in the order of their offsets and name stretches of this stream's boilerplate.
    public func append(_ piece: [UInt8], marks: [PieceMark] = []) {
        guard !piece.isEmpty else { return }
        if let previous = held { submit(previous.piece, marks: previous.marks, isLast: false) }
        held = (piece, marks)
    }

    public func finish() -> DeflatedPart {
        submit(held?.piece ?? [], marks: held?.marks ?? [], isLast: true)
        held = nil
        group.wait()
        let results = lock.withLock { self.results }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(results.reduce(0) { $0 + ($1?.bytes.count ?? 0) })
        var crc: UInt32 = 0
        var size = 0
        for case let result? in results {
            bytes += result.bytes
            crc = size == 0 ? result.crc : Deflate.combine(crc, result.crc, secondLength: result.length)
            size += result.length
        }
        return DeflatedPart(bytes: bytes, crc32: crc, uncompressedSize: size)
    }

    private func submit(_ piece: [UInt8], marks: [PieceMark], isLast: Bool) {
        let position = lock.withLock {
            results.append(nil)
            return results.count - 1
        }
        let references = references(for: marks)
        let repeated = references.reduce(0) { $0 + $1.length }
        let byReference = repeated * 2 >= piece.count
        length += piece.count
        let primer = byReference ? [] : dictionary
        dictionary = Array(piece.suffix(Deflate.windowSize))
        let level = level
        let boilerplate = marks.isEmpty ? nil : boilerplate
        #if DEBUG
            let window = checkWindow.bytes
            checkWindow.append(piece)
        #endif
        slots.wait()
        queue.async(group: group) { [self] in
            let bytes =
                !byReference
                ? Deflate.compressChunk(piece[...], dictionary: primer[...], isLast: isLast, level: level)
                : sharesCodes
                    ? ReferenceCoder.encode(
                        piece[...], references: references, codes: codes(for: piece, references), isLast: isLast)
                    : ReferenceCoder.encode(piece[...], references: references, isLast: isLast)
            let crc = boilerplate?.checksum(of: piece[...], marks: marks) ?? Deflate.checksum(piece[...])
            #if DEBUG
                assert(
                    WrittenCheck.inflates(bytes, to: piece[...], after: window, isLast: isLast),
                    "piece \(position) of a part (\(piece.count) bytes\(byReference ? ", coded from marks" : "")) inflates to other text"
                )
                assert(
                    crc == Deflate.checksum(piece[...]),
                    "the checksum of piece \(position) worked out from its marks is not that of its bytes")
            #endif
            lock.withLock { results[position] = (bytes, crc, piece.count) }
            slots.signal()
        }
    }

    /// The shared codes, or new ones made from this piece; every symbol gets a code, so that
    /// the pieces after it can use them whatever they hold.
    private func codes(for piece: [UInt8], _ references: [ReferenceCoder.Reference]) -> BlockCodes {
        if let shared = sharedCodes, shared.uses < Self.piecesPerCodes {
            sharedCodes = (shared.codes, shared.uses + 1)
            return shared.codes
        }
        let codes = BlockCodes.forEverySymbol(fittedTo: piece, references: references)
        sharedCodes = (codes, 1)
        return codes
    }

    /// The marked stretches whose previous copy is close enough to refer to.
    ///
    /// Runs on the thread that fills the part, for every mark of every row, so it works on
    /// locals: the stream's own properties would be checked for exclusive access at each use.
    private func references(for marks: [PieceMark]) -> [ReferenceCoder.Reference] {
        var positions: [Int] = []
        swap(&positions, &lastPositions)
        defer { swap(&positions, &lastPositions) }
        let lengths = boilerplate.lengths
        let length = length
        var references: [ReferenceCoder.Reference] = []
        references.reserveCapacity(marks.count)
        positions.withUnsafeMutableBufferPointer { positions in
            for mark in marks {
                switch mark {
                case .boilerplate(let offset, let stretch):
                    let stretchLength = lengths[stretch]
                    let position = length + offset
                    let previous = positions[stretch]
                    positions[stretch] = position
                    guard previous >= 0, stretchLength >= ReferenceCoder.minimumLength,
                        position - previous <= Deflate.windowSize
                    else { continue }
                    references.append(.init(offset: offset, length: stretchLength, distance: position - previous))
                case .repeated(let offset, let repeatedLength, let distance):
                    guard repeatedLength >= ReferenceCoder.minimumLength, distance <= Deflate.windowSize
                    else { continue }
                    references.append(.init(offset: offset, length: repeatedLength, distance: distance))
                }
            }
        }
        return references
    }
}
