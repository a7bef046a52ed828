/// The one rule for which entry names are acceptable, shared by reading and writing so that
/// a package this module writes can always be opened again.
///
/// Packages get unpacked by other tools (unzip, Explorer, LibreOffice's own extraction), so a
/// name must not be able to address anything outside the folder it is unpacked into
/// ("zip slip"), and must mean the same thing on every operating system.
enum EntryName {
    static func isSafe(_ name: String) -> Bool {
        if name.isEmpty { return false }
        let scalars = Array(name.unicodeScalars)
        if scalars.contains("\0") || scalars.contains("\\") { return false }
        if scalars.first == "/" { return false }
        // "C:" at the start means a drive (or a drive-relative path) on Windows.
        if scalars.count >= 2, scalars[1] == ":", scalars[0].isASCII,
            scalars[0].properties.isAlphabetic
        {
            return false
        }
        // A trailing "/" marks a folder entry (ODF has "Configurations2/"), so an empty last
        // component is fine; ".." anywhere climbs out of the folder.
        return !name.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }
}
