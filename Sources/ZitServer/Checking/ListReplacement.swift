import Foundation

/// Puts an accepted upload in place of the project's list in one rename, so a reader sees the
/// old file or the new one and never part of either. The previous file stays beside it as
/// `<name>.poprzedni-<time>`; a copy in another format is moved aside the same way, since a
/// list kept in two formats is an error.
public struct ListReplacement: Sendable {
    public let projectFolder: String

    public init(projectFolder: String) { self.projectFolder = projectFolder }

    /// Returns the backups' names.
    public func replace(_ list: ProjectList, format: ProjectList.Format, with bytes: [UInt8], at moment: Date) throws
        -> [String]
    {
        let target = path(list.fileName(format))
        let temporary = path(".\(list.fileName(format)).nowy-\(JobID.random().rawValue)")
        let data = Data(bytes)
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw JobFailure("Nie udało się zapisać nowej listy w folderze projektu.")
        }
        let stamp = Self.stamp(moment)
        var backups: [String] = []
        for other in ProjectList.Format.allCases {
            let name = list.fileName(other)
            guard FileManager.default.fileExists(atPath: path(name)) else { continue }
            let backup = "\(name).poprzedni-\(stamp)"
            // The file in the target's own name stays in place (a hard link keeps the old one
            // as the backup) until the rename below replaces it.
            let kept = other == format ? link(path(name), path(backup)) : rename(path(name), path(backup))
            guard kept == 0 else {
                unlink(temporary)
                throw JobFailure(
                    "Nie udało się zachować poprzedniej wersji pliku \(name) (\(String(cString: strerror(errno)))).")
            }
            backups.append(backup)
        }
        guard rename(temporary, target) == 0 else {
            unlink(temporary)
            throw JobFailure(
                "Nie udało się zastąpić pliku \(list.fileName(format)) (\(String(cString: strerror(errno)))).")
        }
        return backups
    }

    private func path(_ name: String) -> String { (projectFolder as NSString).appendingPathComponent(name) }

    static func stamp(_ moment: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: moment)
    }
}
