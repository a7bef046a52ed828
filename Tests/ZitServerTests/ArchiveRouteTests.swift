import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import ZitDocuments
import ZitPackage
import ZitProject
import ZitRegister

@testable import ZitServer

/// A period's archive from the service: the office's job gives the ZIP `zitdocs generate archive`
/// writes, and a partner or the authority is refused. The sample project's first period is cut to
/// its last days (one supervision), so the job takes seconds. Needs LibreOffice with python3-uno
/// and qpdf; without them the test fails and says so.
@Suite struct ArchiveRouteTests {
    @Test func theOfficesJobIsThePeriodsArchiveAndOthersAreRefused() async throws {
        try #require(
            ["/usr/bin/soffice", "/usr/bin/qpdf", "/usr/lib/python3/dist-packages/uno.py"].allSatisfy {
                FileManager.default.fileExists(atPath: $0)
            }, "the archive test needs LibreOffice (soffice), python3-uno and qpdf: make test installs them")
        let project = try TestProject { settings in
            let file = settings.projectFolder + "/projekt.yaml"
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return }
            try? text.replacingOccurrences(
                of: #"{ id: "2025-1", nazwa: "I półrocze 2025", od: "2025-01-01""#,
                with: #"{ id: "2025-1", nazwa: "I półrocze 2025", od: "2025-06-20""#
            ).write(toFile: file, atomically: true, encoding: .utf8)
        }
        let narrowed = try String(contentsOfFile: project.folder + "/projekt.yaml", encoding: .utf8)
        try #require(narrowed.contains(#"od: "2025-06-20""#))
        let templates = project.settings.generation.templatesFolder
        let folder = project.folder
        try await project.test { client in
            for login in [TestProject.Login.partnerWB, .authority] {
                let refused = try await client.json(
                    .post, "/api/v1/generate/archive", #"{"period":"2025-1"}"#, as: try await client.signIn(login))
                #expect(refused.status == .forbidden, "\(login)")
            }
            let office = try await client.signIn(.office)
            let created = try await client.json(.post, "/api/v1/generate/archive", #"{"period":"2025-1"}"#, as: office)
            #expect(created.status == .accepted)
            let location = try #require(created.headers[.location])
            var state: String?
            for _ in 0..<6000 {
                state = try await client.json(.get, location, as: office).object["state"] as? String
                if state == "done" || state == "failed" { break }
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(state == "done")
            let result = try await client.json(.get, location + "/result", as: office)
            #expect(result.status == .ok)
            let served = try Package(bytes: [UInt8](buffer: result.body), name: "wynik.zip")
            let manifest = try served.read(ArchiveManifest.fileName)
            let run = try #require(try CertificateRegister(folder: folder).runs().last)
            #expect(run.command == "generate archive --period 2025-1" && run.user == "biuro")
            #expect(run.manifestChecksum == Checksum.of(bytes: manifest))

            // The same archive made as the command line makes it, by the same person.
            let output = NSTemporaryDirectory() + "zit-archive-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: output) }
            var generator = Generator(
                plans: DocumentPlans(ProjectFacts(try #require(ProjectLoader.load(folder: folder).project))),
                projectFolder: folder, templatesFolder: templates, outputFolder: output, format: .docx)
            generator.author = "biuro"
            let made = try PeriodArchive(period: "2025-1", generator: generator).write(to: output + "/archiwum.zip")
            let local = try Package(contentsOf: made.archive)
            #expect(local.entryNames == served.entryNames)
            #expect(try local.read(ArchiveManifest.fileName) == manifest)
            #expect(served.entryNames.contains { $0.hasPrefix("zaswiadczenia/SUP-1/") })
        }
    }
}
