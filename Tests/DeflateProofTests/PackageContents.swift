import CZlib
import Foundation
import Testing

/// A written package read back without libzip or zitdocs' own reader: every entry inflated by
/// zlib, with the checksum and size its central directory records, so that what a word
/// processor would get is checked, not what zitdocs believes it wrote.
struct PackageContents {
    struct Entry {
        var name: String
        var method: UInt16
        var recordedChecksum: UInt32
        var recordedSize: Int
        /// The entry's data as written (deflated or stored).
        var written: ArraySlice<UInt8>
        /// The entry's bytes as zlib inflates them (stored entries as they are).
        var content: [UInt8]
        /// zlib's CRC-32 of `content`.
        var checksum: UInt32
    }

    struct Unreadable: Error, CustomStringConvertible {
        var description: String
    }

    let entries: [Entry]

    init(_ bytes: [UInt8], name: String) throws {
        var end = bytes.count - 22
        while end > 0, Self.u32(bytes, end) != 0x0605_4B50 { end -= 1 }
        guard end >= 0, Self.u32(bytes, end) == 0x0605_4B50 else {
            throw Unreadable(description: "\(name): no end of central directory")
        }
        let count = Int(Self.u16(bytes, end + 10))
        var at = Int(Self.u32(bytes, end + 16))
        var entries: [Entry] = []
        for _ in 0..<count {
            guard Self.u32(bytes, at) == 0x0201_4B50 else {
                throw Unreadable(description: "\(name): bad central header at \(at)")
            }
            let method = Self.u16(bytes, at + 10)
            let checksum = Self.u32(bytes, at + 16)
            let compressedSize = Int(Self.u32(bytes, at + 20))
            let size = Int(Self.u32(bytes, at + 24))
            let nameLength = Int(Self.u16(bytes, at + 28))
            let extraLength = Int(Self.u16(bytes, at + 30))
            let commentLength = Int(Self.u16(bytes, at + 32))
            let local = Int(Self.u32(bytes, at + 42))
            let entryName = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            guard Self.u32(bytes, local) == 0x0403_4B50 else {
                throw Unreadable(description: "\(name) \(entryName): bad local header")
            }
            let start = local + 30 + Int(Self.u16(bytes, local + 26)) + Int(Self.u16(bytes, local + 28))
            let raw = bytes[start..<(start + compressedSize)]
            let content: [UInt8]
            switch method {
            case 0: content = Array(raw)
            case 8: content = try Self.inflate(raw, size: size, what: "\(name) \(entryName)")
            default: throw Unreadable(description: "\(name) \(entryName): compression method \(method)")
            }
            entries.append(
                Entry(
                    name: entryName, method: method, recordedChecksum: checksum, recordedSize: size,
                    written: raw, content: content, checksum: Self.crc32(content)))
            at += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// Raw deflate, as zip holds it; the stream must end exactly where the entry's data ends.
    /// The output is given room beyond the recorded size, so a stream longer than its record shows.
    static func inflate(_ raw: ArraySlice<UInt8>, size: Int, what: String) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Unreadable(description: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: size + 1024)
        let (status, produced, unread) = raw.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                let status = CZlib.inflate(&stream, Z_FINISH)
                return (status, target.count - Int(stream.avail_out), Int(stream.avail_in))
            }
        }
        guard status == Z_STREAM_END else {
            let reason = stream.msg.map { String(cString: $0) } ?? "status \(status)"
            throw Unreadable(description: "\(what): zlib cannot inflate it (\(reason)) after \(produced) bytes")
        }
        guard unread == 0 else {
            throw Unreadable(description: "\(what): \(unread) bytes after the end of the deflate stream")
        }
        return Array(output[..<produced])
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(CZlib.crc32_z(0, $0.baseAddress, $0.count)) }
    }

    private static func u16(_ b: [UInt8], _ at: Int) -> UInt16 { UInt16(b[at]) | UInt16(b[at + 1]) << 8 }
    private static func u32(_ b: [UInt8], _ at: Int) -> UInt32 { UInt32(u16(b, at)) | UInt32(u16(b, at + 2)) << 16 }
}

/// The checks of a document written from marks against the same document written through zlib alone.
enum CodingComparison {
    struct Tally {
        /// Entries compared.
        var entries = 0
        /// Of them, those whose deflated data differ: coded by zitdocs, not by zlib.
        var codedDifferently = 0
        /// Bytes compared, inflated.
        var bytes = 0
    }

    /// Records an issue for every entry that differs or whose recorded checksum or size is not
    /// that of its bytes, naming the document and the entry.
    @discardableResult
    static func expectSame(
        fromMarks: [UInt8], zlibOnly: [UInt8], document: String, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Tally {
        let marked: PackageContents
        let plain: PackageContents
        do {
            marked = try PackageContents(fromMarks, name: document)
            plain = try PackageContents(zlibOnly, name: document + " (zlib)")
        } catch {
            Issue.record("\(error)", sourceLocation: sourceLocation)
            return Tally()
        }
        for contents in [marked, plain] {
            for entry in contents.entries
            where entry.recordedChecksum != entry.checksum || entry.recordedSize != entry.content.count {
                let message =
                    "\(document) \(entry.name): recorded CRC-32 \(hex(entry.recordedChecksum)) and size \(entry.recordedSize), "
                    + "its inflated bytes have \(hex(entry.checksum)) and \(entry.content.count)"
                Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
            }
        }
        let names = marked.entries.map(\.name)
        guard names == plain.entries.map(\.name) else {
            Issue.record(
                "\(document): entries \(names) against \(plain.entries.map(\.name))", sourceLocation: sourceLocation)
            return Tally()
        }
        var tally = Tally()
        for (left, right) in zip(marked.entries, plain.entries) {
            tally.entries += 1
            tally.bytes += left.content.count
            if !same(Array(left.written), Array(right.written)) { tally.codedDifferently += 1 }
        }
        for (left, right) in zip(marked.entries, plain.entries) where !same(left.content, right.content) {
            var first = 0
            while first < min(left.content.count, right.content.count), left.content[first] == right.content[first] {
                first += 1
            }
            let around = { (bytes: [UInt8]) in
                String(decoding: bytes[max(0, first - 40)..<min(bytes.count, first + 40)], as: UTF8.self)
            }
            let message =
                "\(document) \(left.name): \(left.content.count) bytes from marks, \(right.content.count) through zlib; "
                + "first difference at \(first): «\(around(left.content))» against «\(around(right.content))»"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
        return tally
    }

    /// By memcmp: a debug build compares arrays byte by byte, slowly, and a list has 20 MB.
    static func same(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        left.count == right.count
            && left.withUnsafeBytes { l in
                right.withUnsafeBytes { r in memcmp(l.baseAddress!, r.baseAddress!, l.count) == 0 }
            }
    }

    static func hex(_ value: UInt32) -> String { "0x" + String(value, radix: 16) }
}
