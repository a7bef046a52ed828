import CYajl
import Foundation
import ZitEngine

/// JSON read by yajl's event parser, each value built as its events arrive: no tree of
/// Foundation objects to convert afterwards, and no recursion, so nesting is only counted.
enum JSONData {
    static func value(from data: Data) throws(JSONProblem) -> TemplateValue {
        try utf8(data).withUnsafeBytes(read).get()
    }

    /// JSON is UTF-8, but Windows tools start it with a byte order mark (Notepad) or write
    /// UTF-16 (PowerShell 5's Out-File), and Foundation's parser, used before yajl, read both.
    private static func utf8(_ data: Data) -> Data {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return data.dropFirst(3) }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]),
            let text = String(data: data, encoding: .utf16)
        {
            return Data(text.utf8)
        }
        return data
    }

    private static func read(_ bytes: UnsafeRawBufferPointer) -> Result<TemplateValue, JSONProblem> {
        if let offset = loneHighSurrogate(in: bytes) {
            return .failure(.unpairedSurrogate(line: TextPosition(ofByteAt: offset, in: bytes).line))
        }
        var builder = JSONBuilder()
        return withUnsafePointer(to: JSONBuilder.callbacks) { callbacks in
            withUnsafeMutablePointer(to: &builder) { builder in
                // yajl keeps both addresses, so it reads within these closures only. It returns
                // nil only when memory runs out, which ends a Swift program anyway.
                let parser = yajl_alloc(callbacks, nil, builder)!
                defer { yajl_free(parser) }
                // Every text is checked as it becomes a String (see `TextCache`), more strictly
                // than yajl checks; a second pass over each in yajl would only repeat it.
                _ = yajl_config_flag(parser, yajl_dont_validate_strings, 1)
                var status = yajl_parse(parser, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count)
                // The last byte yajl took: the one it stopped at, or the '[' or '{' a callback refused.
                var stop = max(yajl_get_bytes_consumed(parser) - 1, 0)
                if status == yajl_status_ok {
                    status = yajl_complete_parse(parser)
                    // What is wrong now is at the end: a number or a list left unfinished.
                    stop = (bytes.lastIndex { !isSpace($0) } ?? -1) + 1
                }
                if status == yajl_status_ok { return .success(builder.pointee.value) }
                return .failure(problem(stoppedAt: stop, in: bytes, refusal: builder.pointee.refusal, parser: parser))
            }
        }
    }

    private static func problem(
        stoppedAt stop: Int, in bytes: UnsafeRawBufferPointer, refusal: JSONBuilder.Refusal?, parser: yajl_handle
    ) -> JSONProblem {
        // Whatever yajl says, bytes that are not UTF-8 before the stop are what a person must fix.
        if let invalid = firstNonUTF8(in: bytes), invalid <= stop {
            return .notUTF8(line: TextPosition(ofByteAt: invalid, in: bytes).line)
        }
        let position = TextPosition(ofByteAt: stop, in: bytes)
        switch refusal {
        case .tooDeep: return .tooDeep(line: position.line)
        case .numberOutOfRange(let number): return .numberOutOfRange(number, line: position.line)
        case .notUTF8: return .unpairedSurrogate(line: position.line)
        case nil:
            let message = yajl_get_error(parser, 0, nil, 0)
            defer { yajl_free_error(parser, message) }
            let detail = message.map { String(cString: $0) } ?? ""
            return .syntax(position, detail: detail.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// The offset where the bytes stop being UTF-8, by the standard's rules (no overlong forms,
    /// no surrogates), which are stricter than yajl's.
    private static func firstNonUTF8(in bytes: UnsafeRawBufferPointer) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// Where a `\ud800`…`\udbff` escape is not followed by the `\udc00`…`\udfff` that completes
    /// it. yajl writes such a half as "?" (or joins it with the next escape into a wrong
    /// character) without a word, so it is looked for here: only at backslashes, found by memchr.
    private static func loneHighSurrogate(in bytes: UnsafeRawBufferPointer) -> Int? {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
        func escape(at offset: Int, in range: ClosedRange<UInt8>) -> Bool {
            guard offset + 5 < bytes.count, base[offset] == UInt8(ascii: "\\"),
                base[offset + 1] | 0x20 == UInt8(ascii: "u"),
                base[offset + 2] | 0x20 == UInt8(ascii: "d")
            else { return false }
            return range.contains(base[offset + 3] | 0x20)
        }
        var offset = 0
        while offset < bytes.count, let found = memchr(base + offset, Int32(UInt8(ascii: "\\")), bytes.count - offset) {
            let backslash = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            if escape(at: backslash, in: UInt8(ascii: "8")...UInt8(ascii: "b")) {
                guard escape(at: backslash + 6, in: UInt8(ascii: "c")...UInt8(ascii: "f")) else { return backslash }
                offset = backslash + 12
            } else {
                offset = backslash + 2  // whatever it escapes, a second backslash included
            }
        }
        return nil
    }

    /// JSON's whitespace.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
