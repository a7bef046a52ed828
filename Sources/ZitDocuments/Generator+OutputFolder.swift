import Foundation
import ZitEngine
import ZitPackage
import ZitPolish
import ZitProject
import ZitRegister

/// Saving into the output folder, and what to tell the person when that fails: where, why, and
/// what became of the certificates' numbers.
extension Generator {
    /// Creates the output folder (and the ones above it) or says in plain words why it cannot.
    static func makeFolder(_ path: String, reserved: [String]) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: current, isDirectory: &isFolder) {
                if isFolder.boolValue { continue }
                throw Failure(
                    description: folderMessage(
                        path, reason: "\(current) jest plikiem, a nie folderem", reserved: reserved))
            }
            if mkdir(current, 0o777) != 0 && errno != EEXIST {
                let code = errno
                throw Failure(
                    description: folderMessage(path, reason: reason(code), reserved: reserved, diskFull: code == ENOSPC)
                )
            }
        }
        guard access(path, W_OK) == 0 else {
            let code = errno
            throw Failure(
                description: folderMessage(path, reason: reason(code), reserved: reserved, diskFull: code == ENOSPC))
        }
    }

    /// Runs the writing of documents; a failure to save them is told in plain words (`writeFailure`).
    static func saving<Value>(
        into folder: String, reserved: [String], _ work: () throws(TemplateError) -> Value
    ) throws -> Value {
        let result = Result(catching: work)
        switch result {
        case .success(let value): return value
        case .failure(let failure): throw writeFailure(folder, failure, reserved: reserved)
        }
    }

    /// A batch could not be saved: says where and why, and what became of the certificates' numbers.
    /// Errors in the template itself are passed on as they are.
    static func writeFailure(_ folder: String, _ failure: TemplateError, reserved: [String]) -> Error {
        guard case .package(let error) = failure else { return failure }
        // The error's own reason is the system's; a nearly empty disk says more to an office worker.
        var space = statvfs()
        let free = statvfs(folder, &space) == 0 ? UInt64(space.f_bavail) * UInt64(space.f_frsize) : UInt64.max
        if free < 1 << 20 {
            return Failure(
                description: folderMessage(
                    folder, reason: "na dysku jest za mało miejsca (wolne: \(free / 1024) KB)", reserved: reserved,
                    diskFull: true))
        }
        return Failure(
            description: folderMessage(
                folder, reason: "zapis się nie powiódł (\(error.description))", reserved: reserved))
    }

    static func folderMessage(_ folder: String, reason: String, reserved: [String], diskFull: Bool = false) -> String {
        var message =
            "Nie można zapisać dokumentów w folderze \(folder): \(reason). Żaden dokument nie został zapisany."
        if !reserved.isEmpty {
            message +=
                " W rejestrze nic nie zostało oznaczone jako wydane; numery zaświadczeń ("
                + Polish.counted(reserved.count, one: "numer", few: "numery", many: "numerów")
                + ") czekają na te same osoby i zostaną użyte przy następnym uruchomieniu."
        }
        return message
            + (diskFull
                ? " Zwolnij miejsce na dysku albo wskaż inny folder (--output) i uruchom program ponownie."
                : " Popraw folder albo wskaż inny (--output) i uruchom program ponownie.")
    }

    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: "na dysku jest za mało miejsca"
        case EACCES, EPERM: "brak uprawnień do zapisu w tym folderze"
        case EROFS: "dysk jest tylko do odczytu"
        case ENOTDIR: "część ścieżki jest plikiem, a nie folderem"
        case ENOENT: "nie ma takiego folderu"
        case ENAMETOOLONG: "ścieżka jest za długa"
        default: "system zgłosił błąd: \(String(cString: strerror(code)))"
        }
    }
}
