import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import ZitPackage
import ZitRegister

@testable import ZitServer

/// Downloading a certificate again: the same file, the register and the journal left as they
/// are, and a template the office edits used from the next request on.
@Suite struct IssuedDownloadTests {
    static func text(of document: [UInt8]) throws -> String {
        let package = try Package(bytes: document, name: "zaswiadczenie.docx")
        return String(decoding: try package.read("word/document.xml"), as: UTF8.self)
    }

    @Test func anIssuedCertificateDownloadedAgainWritesNothingNew() async throws {
        let project = try TestProject()
        let pick = try CertificatePick(in: project.folder, organiser: "WB")
        let folder = project.folder
        try await project.test { client in
            let office = try await client.signIn(.office)
            let body = pick.oneCertificate
            let first = try await client.json(.post, "/api/v1/generate/certificates", body, as: office)
            #expect(first.status == .ok)
            let register = try CertificateRegister(folder: folder)
            let issued = try register.entries()
            let runs = try register.runs()
            #expect(issued.count == 1 && runs.count == 1)
            #expect(issued[0].checksum == Checksum.of(bytes: [UInt8](buffer: first.body)))

            let second = try await client.json(.post, "/api/v1/generate/certificates", body, as: office)
            #expect(second.status == .ok)
            #expect(Data(second.body.readableBytesView) == Data(first.body.readableBytesView))
            #expect(try register.entries() == issued, "the entry keeps when its document was first written")
            #expect(try register.runs() == runs, "a copy of an issued certificate is not a new run")
        }
    }

    @Test func aTemplateTheOfficeEditsIsUsedOnTheNextRequest() async throws {
        let templates = NSTemporaryDirectory() + "zitdocs-templates-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: GenerationSettings.shippedTemplates(), toPath: templates)
        defer { try? FileManager.default.removeItem(atPath: templates) }
        let project = try TestProject { $0.generation.templatesFolder = templates }
        let pick = try CertificatePick(in: project.folder, organiser: "WB")
        let folder = project.folder
        try await project.test { client in
            let office = try await client.signIn(.office)
            let body = pick.oneCertificate
            let before = try await client.json(.post, "/api/v1/generate/certificates", body, as: office)
            #expect(try Self.text(of: [UInt8](buffer: before.body)).contains("Zaświadcza się, że"))

            // The office rewords the certificate in its template.
            let path = templates + "/zaswiadczenie.docx"
            let template = try Package(contentsOf: path)
            let reworded = String(decoding: try template.read("word/document.xml"), as: UTF8.self)
                .replacingOccurrences(of: "Zaświadcza się, że", with: "Potwierdza się, że")
            let rewritten = template.entryNames.map { name in
                name == "word/document.xml" ? PackageEntry.deflated(name, Array(reworded.utf8)) : .copied(name)
            }
            try PackageWriter(source: template).write(rewritten, to: path)

            let after = try await client.json(.post, "/api/v1/generate/certificates", body, as: office)
            #expect(after.status == .ok)
            let text = try Self.text(of: [UInt8](buffer: after.body))
            #expect(text.contains("Potwierdza się, że") && !text.contains("Zaświadcza się"))
            // Another document under the same number: the register keeps its checksum, the journal the run.
            let register = try CertificateRegister(folder: folder)
            let entries = try register.entries()
            #expect(entries.count == 1 && entries[0].checksum == Checksum.of(bytes: [UInt8](buffer: after.body)))
            #expect(try register.runs().count == 2)
        }
    }
}
