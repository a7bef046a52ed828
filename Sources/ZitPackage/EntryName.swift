/// The one rule for which entry names are acceptable, shared by reading and writing so that
/// a package this module writes can always be opened again.
///
/// Packages get unpacked by other tools (unzip, Explorer, LibreOffice's own extraction), so a
/// name must not be able to address anything outside the folder it is unpacked into
/// ("zip slip"), and must mean the same thing on every operating system.
enum EntryName {
    static func isSafe(_ name: String) -> Bool {
        // Byte by byte: in UTF-8, "/", "\\", ":" and NUL never occur inside a longer character.
        let bytes = name.utf8
        guard let first = bytes.first, first != slash else { return false }
        if bytes.contains(0) || bytes.contains(backslash) { return false }
        // "C:" at the start means a drive (or a drive-relative path) on Windows.
        if bytes.count >= 2, bytes[bytes.index(after: bytes.startIndex)] == colon,
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first | 0x20)
        {
            return false
        }
        // A trailing "/" marks a folder entry (ODF has "Configurations2/"), so an empty last
        // component is fine; ".." anywhere climbs out of the folder.
        return !bytes.split(separator: slash, omittingEmptySubsequences: false).contains { $0.elementsEqual("..".utf8) }
    }

    private static let slash = UInt8(ascii: "/")
    private static let backslash = UInt8(ascii: "\\")
    private static let colon = UInt8(ascii: ":")
}
