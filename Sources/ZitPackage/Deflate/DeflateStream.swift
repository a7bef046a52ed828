import Dispatch
import Foundation

/// Compresses a part that arrives in pieces, such as a ten-thousand-row table while it is
/// being filled, so that only the compressed bytes are kept. Pieces are compressed on other
/// cores while more are produced; at most a few wait at a time, so memory stays flat however
/// long the part grows.
public final class DeflateStream: @unchecked Sendable {
    private let level: Int
    private let lock = NSLock()
    private let group = DispatchGroup()
    private let slots = DispatchSemaphore(value: ProcessInfo.processInfo.activeProcessorCount + 1)
    /// Compressed chunks and their checksums, by position; guarded by `lock`.
    private var results: [(bytes: [UInt8], crc: UInt32, length: Int)?] = []
    /// The newest piece is held back until the next one comes, because only the last piece
    /// of a part may end the deflate stream.
    private var held: [UInt8]?
    private var dictionary: [UInt8] = []

    public init(level: Int = Deflate.defaultLevel) {
        self.level = level
    }

    public func append(_ piece: [UInt8]) {
        guard !piece.isEmpty else { return }
        if let previous = held { submit(previous, isLast: false) }
        held = piece
    }

    public func finish() -> DeflatedPart {
        submit(held ?? [], isLast: true)
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

    private func submit(_ piece: [UInt8], isLast: Bool) {
        let position = lock.withLock {
            results.append(nil)
            return results.count - 1
        }
        let primer = dictionary
        dictionary = Array(piece.suffix(Deflate.dictionarySize))
        let level = level
        slots.wait()
        DispatchQueue.global().async(group: group) { [self] in
            let bytes = Deflate.compressChunk(piece[...], dictionary: primer[...], isLast: isLast, level: level)
            let crc = Deflate.checksum(piece[...])
            lock.withLock { results[position] = (bytes, crc, piece.count) }
            slots.signal()
        }
    }
}
