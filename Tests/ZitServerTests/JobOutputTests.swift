import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import ZitDocuments
import ZitPackage
import ZitProject

@testable import ZitServer

/// A job's documents are the files `zitdocs generate` writes for the same batch, byte for byte,
/// though the server keeps its templates compiled between requests.
@Suite struct JobOutputTests {
    @Test func aJobsDocumentsAreTheFilesTheCommandLineWrites() async throws {
        let project = try TestProject()
        let pick = try CertificatePick(in: project.folder, organiser: "WB")
        try #require(pick.attendees > 2)
        // The command line runs on a copy made before the server issues anything, so both give the same numbers.
        let copy = NSTemporaryDirectory() + "zit-cli-project-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: project.folder, toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let templates = project.settings.generation.templatesFolder
        try await project.test { client in
            let office = try await client.signIn(.office)
            // A single certificate first, so the kept template has filled a document before the batch.
            let single = try await client.json(
                .post, "/api/v1/generate/certificates",
                pick.oneCertificate, as: office)
            #expect(single.status == .ok)
            let created = try await client.json(
                .post, "/api/v1/generate/certificates", pick.wholeEvent, as: office)
            let location = try #require(created.headers[.location])
            for _ in 0..<1000 {
                let state = try await client.json(.get, location, as: office).object["state"] as? String
                if state == "done" || state == "failed" { break }
                try await Task.sleep(for: .milliseconds(20))
            }
            let result = try await client.json(.get, location + "/result", as: office)
            #expect(result.status == .ok)
            let archive = try Package(bytes: [UInt8](buffer: result.body), name: "wynik.zip")

            let loaded = try #require(ProjectLoader.load(folder: copy).project)
            let output = NSTemporaryDirectory() + "zit-cli-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: output) }
            var generator = Generator(
                plans: DocumentPlans(ProjectFacts(loaded)), projectFolder: copy, templatesFolder: templates,
                outputFolder: output, format: .docx)
            generator.author = "biuro"
            _ = try generator.generate(
                .certificates,
                selection: .init(event: EventID(pick.event), participant: ParticipantID(pick.participant)))
            let outcome = try generator.generate(.certificates, selection: .init(event: EventID(pick.event)))
            #expect(archive.entryNames.count == outcome.files.count)
            for file in outcome.files {
                let name = (file as NSString).lastPathComponent
                let written = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
                #expect(try archive.read(name) == written, "\(name)")
            }
        }
    }
}
