import Foundation
import Synchronization
import ZitPolish

/// Makes a LibreOffice PDF the same bytes every time it is made from the same document.
/// LibreOffice writes the moment of export three times (the document information's
/// CreationDate, the XMP's xmp:CreateDate, and the header of the colour profile of the PDF/A
/// output intent) and an ID from that moment and the file's path. The three dates become
/// `date` (the day the document is of), and qpdf writes the file again with an ID derived
/// from its content (`--deterministic-id`), the XMP left uncompressed as PDF/A wants it.
enum StablePDF {
    /// Rewrites each file in place; a file qpdf cannot read or write is an error naming it.
    static func fix(_ files: [String], createdOn date: CalendarDate) throws {
        guard let qpdf = PDFTools.find("qpdf") else {
            throw Generator.Failure(
                description:
                    "Do zapisania plików PDF w archiwum okresu potrzebny jest program qpdf (w systemie Debian: apt-get install qpdf)."
            )
        }
        // qpdf runs are short and mostly waiting on their start: one file per core at a time.
        let failures = Mutex<[Int: any Error]>([:])
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            do {
                try fix(files[index], createdOn: date, qpdf: qpdf)
            } catch {
                failures.withLock { $0[index] = error }
            }
        }
        if let first = failures.withLock({ $0.min { $0.key < $1.key }?.value }) { throw first }
    }

    private static func fix(_ file: String, createdOn date: CalendarDate, qpdf: String) throws {
        let described = try PDFArchiveCheck.json(try PDFTools.run(qpdf, ["--json", "--json-key=qpdf", file]), file)
        guard let sections = described["qpdf"] as? [Any], sections.count == 2,
            let header = sections[0] as? [String: Any], let objects = sections[1] as? [String: Any],
            var trailer = (objects["trailer"] as? [String: Any])?["value"] as? [String: Any],
            let root = value(trailer["/Root"], in: objects) as? [String: Any]
        else {
            throw Generator.Failure(description: "\(file): qpdf nie odczytał budowy pliku PDF.")
        }
        var updates: [String: Any] = [:]
        let day = String(format: "%04d%02d%02d", date.year, date.month, date.day)
        let xmpDate = String(format: "%04d-%02d-%02dT00:00:00Z", date.year, date.month, date.day)
        if let reference = trailer["/Info"] as? String, var info = value(reference, in: objects) as? [String: Any] {
            info["/CreationDate"] = "u:D:\(day)000000Z"
            if info["/ModDate"] != nil { info["/ModDate"] = "u:D:\(day)000000Z" }
            updates["obj:\(reference)"] = ["value": info]
        }
        if let reference = root["/Metadata"] as? String {
            let xmp = String(decoding: try streamData(reference, of: file, qpdf: qpdf), as: UTF8.self)
            let dated = ["xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"].reduce(xmp) { text, name in
                text.replacingOccurrences(
                    of: "<\(name)>[^<]*</\(name)>", with: "<\(name)>\(xmpDate)</\(name)>", options: .regularExpression
                ).replacingOccurrences(
                    of: "\(name)=\"[^\"]*\"", with: "\(name)=\"\(xmpDate)\"", options: .regularExpression)
            }
            updates["obj:\(reference)"] = try replacedStream(reference, Array(dated.utf8), in: objects)
        }
        for intent in (value(root["/OutputIntents"], in: objects) as? [Any]) ?? [] {
            guard let reference = (value(intent, in: objects) as? [String: Any])?["/DestOutputProfile"] as? String
            else { continue }
            var profile = try streamData(reference, of: file, qpdf: qpdf)
            // An ICC profile's creation date: six big-endian 16-bit numbers from byte 24, before
            // the "acsp" signature at 36.
            guard profile.count > 40, Array(profile[36..<40]) == Array("acsp".utf8) else { continue }
            let fields = [date.year, date.month, date.day, 0, 0, 0]
            for (index, field) in fields.enumerated() {
                profile[24 + 2 * index] = UInt8(field >> 8)
                profile[25 + 2 * index] = UInt8(field & 0xFF)
            }
            updates["obj:\(reference)"] = try replacedStream(reference, profile, in: objects)
        }
        // Without an ID of its own, qpdf derives both halves of it from the content.
        trailer["/ID"] = nil
        trailer["/DocChecksum"] = nil
        updates["trailer"] = ["value": trailer]

        let update = file + ".zitdocs-update.json"
        let rewritten = file + ".zitdocs-stable.pdf"
        defer {
            try? FileManager.default.removeItem(atPath: update)
            try? FileManager.default.removeItem(atPath: rewritten)
        }
        // qpdf's own JSON has no escaped slashes, and it reads base64 data without them.
        try JSONSerialization.data(withJSONObject: ["qpdf": [header, updates]], options: .withoutEscapingSlashes).write(
            to: URL(fileURLWithPath: update))
        try PDFTools.run(qpdf, [file, "--update-from-json=\(update)", "--deterministic-id", rewritten])
        guard rename(rewritten, file) == 0 else {
            throw Generator.Failure(
                description: "nie udało się zapisać pliku \(file): \(String(cString: strerror(errno))).")
        }
    }

    /// An object's value, following a reference ("12 0 R").
    private static func value(_ item: Any?, in objects: [String: Any]) -> Any? {
        guard let reference = item as? String, reference.hasSuffix(" R") else { return item }
        return (objects["obj:\(reference)"] as? [String: Any])?["value"]
    }

    /// A stream's data, decoded, as qpdf reads it.
    private static func streamData(_ reference: String, of file: String, qpdf: String) throws -> [UInt8] {
        let parts = reference.split(separator: " ")
        guard parts.count == 3 else {
            throw Generator.Failure(description: "\(file): błędne odwołanie do obiektu PDF (\(reference)).")
        }
        return [UInt8](
            try PDFTools.run(qpdf, ["--show-object=\(parts[0]),\(parts[1])", "--filtered-stream-data", file]))
    }

    /// A stream's new, unencoded data under its dictionary without the old encoding; qpdf
    /// compresses it again as it writes (the XMP excepted, which it leaves readable).
    private static func replacedStream(_ reference: String, _ data: [UInt8], in objects: [String: Any]) throws
        -> [String: Any]
    {
        var dictionary =
            ((objects["obj:\(reference)"] as? [String: Any])?["stream"] as? [String: Any])?["dict"] as? [String: Any]
            ?? [:]
        dictionary["/Filter"] = nil
        dictionary["/DecodeParms"] = nil
        dictionary["/Length"] = nil
        return ["stream": ["dict": dictionary, "data": Data(data).base64EncodedString()]]
    }
}
