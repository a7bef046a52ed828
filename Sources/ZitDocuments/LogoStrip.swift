import Foundation
import ZitEngine
import ZitProject

/// The office's EU funds logo strip, put in place of the template's picture named "logo".
enum LogoStrip {
    /// A template without such a picture keeps what it has; a logo that is not a PNG would not
    /// match the picture's type in the package, so it is refused rather than put in under a wrong name.
    static func replacement(for project: Project, in folder: String, template: Template) throws -> [String: [UInt8]] {
        guard let file = project.logo, let entry = template.imageEntry(named: "logo") else { return [:] }
        let path = (folder as NSString).appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Generator.Failure(
                description: "\(ProjectLoader.files.project): w folderze projektu nie ma pliku z logo \(file).")
        }
        let bytes = [UInt8](data)
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.starts(with: png), entry.lowercased().hasSuffix(".png") else {
            throw Generator.Failure(
                description: "\(file): logo musi być obrazem PNG (w szablonach w jego miejscu jest obraz PNG).")
        }
        return [entry: bytes]
    }
}
