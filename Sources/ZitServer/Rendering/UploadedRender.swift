import Foundation
import ZitData
import ZitEngine

/// `zitdocs render` on uploaded bytes: the template read by the same package and XML readers
/// (with their limits on size, entry names and entities) and the data by the same JSON and YAML
/// readers, the document written by the same writer, into a folder the server names.
public struct UploadedRender: Sendable {
    public var template: [UInt8]
    public var data: Data
    public var dataFormat: DataFormat
    public var options: TemplateOptions

    public enum Failure: Error, Sendable {
        case template(TemplateError)
        case data(DataFileError)
    }

    public struct Document: Sendable {
        public var bytes: [UInt8]
        public var fileExtension: String
        public var warnings: [String]
    }

    /// Blocks; call it off the concurrency pool.
    public func render(in scratch: ScratchFolders) throws -> Document {
        let filled: Template
        do {
            filled = try Template(bytes: template, name: "szablon", options: options)
        } catch {
            throw Failure.template(error)
        }
        let values: TemplateValue
        do {
            values = try DataFile.value(from: data, format: dataFormat, file: "dane")
        } catch {
            throw Failure.data(error)
        }
        let folder = scratch.newFolder()
        defer { scratch.remove(folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let fileExtension = filled.format.fileExtension
        let target = (folder as NSString).appendingPathComponent("dokument.\(fileExtension)")
        do {
            let document = try filled.render(values)
            try DocumentWriter(for: filled).write(document, to: target)
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: target)))
            return Document(bytes: bytes, fileExtension: fileExtension, warnings: document.warnings.map(\.description))
        } catch let error as TemplateError {
            throw Failure.template(error)
        }
    }
}
