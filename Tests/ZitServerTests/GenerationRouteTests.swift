import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import ZitDocuments
import ZitPackage
import ZitProject

@testable import ZitServer

/// Generating over HTTP: the same documents as the command line, single files at once, batches
/// as jobs, each role limited to what it may have made.
@Suite struct GenerationRouteTests {
    @Test func aSingleCertificateIsTheSameFileTheCommandLineWrites() async throws {
        let project = try TestProject()
        let pick = try CertificatePick(in: project.folder, organiser: "WB")
        let templates = project.settings.generation.templatesFolder
        try await project.test { client in
            let office = try await client.signIn(.office)
            let response = try await client.json(
                .post, "/api/v1/generate/certificates",
                pick.oneCertificate, as: office)
            #expect(response.status == .ok)
            #expect(
                response.headers[.contentType]
                    == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            let disposition = try #require(response.headers[.contentDisposition])
            #expect(disposition.hasPrefix("attachment; filename=\"zaswiadczenie-\(pick.event)-"))
            #expect(disposition.contains("filename*=UTF-8''zaswiadczenie-\(pick.event)-"))

            // The command line's generator, on the same project, for the same selection.
            let loaded = try #require(ProjectLoader.load(folder: project.folder).project)
            let output = NSTemporaryDirectory() + "zit-cli-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: output) }
            let generator = Generator(
                plans: DocumentPlans(ProjectFacts(loaded)), projectFolder: project.folder, templatesFolder: templates,
                outputFolder: output, format: .docx)
            let outcome = try generator.generate(
                .certificates,
                selection: .init(event: EventID(pick.event), participant: ParticipantID(pick.participant)))
            let written = try Data(contentsOf: URL(fileURLWithPath: try #require(outcome.files.first)))
            #expect(Data(response.body.readableBytesView) == written)
        }
    }

    @Test func aBatchBecomesAJobWhoseZIPHoldsEveryDocument() async throws {
        let project = try TestProject()
        let pick = try CertificatePick(in: project.folder, organiser: "WB")
        try await project.test { client in
            let partner = try await client.signIn(.partnerWB)
            let created = try await client.json(
                .post, "/api/v1/generate/certificates", pick.wholeEvent, as: partner)
            #expect(created.status == .accepted)
            let location = try #require(created.headers[.location])
            #expect(location.hasPrefix("/api/v1/jobs/") && location.count == "/api/v1/jobs/".count + 32)
            var job: [String: Any] = [:]
            for _ in 0..<1000 {
                job = try await client.json(.get, location, as: partner).object
                if job["state"] as? String == "done" || job["state"] as? String == "failed" { break }
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(job["state"] as? String == "done")
            #expect(job["done"] as? Int == pick.attendees)
            #expect(job["total"] as? Int == pick.attendees)

            // Another partner does not learn the job exists; the office sees it.
            let other = try await client.signIn(.partnerJG)
            #expect(try await client.json(.get, location, as: other).status == .notFound)
            #expect(try await client.json(.get, location + "/result", as: other).status == .notFound)
            #expect(try await client.json(.get, location, as: try await client.signIn(.office)).status == .ok)

            let result = try await client.json(.get, location + "/result", as: partner)
            #expect(result.status == .ok)
            #expect(result.headers[.contentType] == "application/zip")
            #expect(
                result.headers[.contentDisposition]
                    == "attachment; filename=\"Zaswiadczenia-\(pick.event).zip\"; filename*=UTF-8''Za%C5%9Bwiadczenia-\(pick.event).zip"
            )
            let archive = try Package(bytes: [UInt8](buffer: result.body), name: "wynik.zip")
            #expect(archive.entryNames.count == pick.attendees)
            #expect(
                archive.entryNames.allSatisfy { $0.hasPrefix("zaswiadczenie-\(pick.event)-") && $0.hasSuffix(".docx") })

            // Cancelling a finished job removes its result.
            #expect(try await client.json(.delete, location, as: partner).object["state"] as? String == "cancelled")
            #expect(try await client.json(.get, location + "/result", as: partner).status == .conflict)
        }
    }

    @Test func aPartnerCannotHaveTheOtherPartnersDocumentsMade() async throws {
        let project = try TestProject()
        let theirs = try CertificatePick(in: project.folder, organiser: "JG")
        let own = try CertificatePick(in: project.folder, organiser: "WB")
        try await project.test { client in
            let partner = try await client.signIn(.partnerWB)
            for body in [
                theirs.wholeEvent,
                theirs.oneCertificate,
                #"{"event":"NIE-MA-TAKIEGO"}"#
            ] {
                let response = try await client.json(.post, "/api/v1/generate/certificates", body, as: partner)
                #expect(response.status == .notFound)
                #expect(response.object["code"] as? String == "not_found")
            }
            #expect(
                try await client.json(
                    .post, "/api/v1/generate/attendance", theirs.wholeEvent, as: partner
                ).status == .notFound)
            #expect(
                try await client.json(.post, "/api/v1/generate/certificates", "", as: partner).status == .badRequest)
            let single = own.oneCertificate
            #expect(try await client.json(.post, "/api/v1/generate/certificates", single, as: partner).status == .ok)
        }
    }

    @Test func theAuthorityHasOnlyReportsMade() async throws {
        let project = try TestProject()
        try await project.test { client in
            let authority = try await client.signIn(.authority)
            #expect(
                try await client.json(.post, "/api/v1/generate/certificates", "", as: authority).status == .forbidden)
            #expect(try await client.json(.post, "/api/v1/generate/attendance", "", as: authority).status == .forbidden)
            let report = try await client.json(.post, "/api/v1/generate/forum-report", "", as: authority)
            #expect(report.status == .ok)
            #expect(report.headers[.contentDisposition]?.contains("filename=\"raport-forum.docx\"") == true)
        }
    }

    @Test func tooManyGenerationsAreRefusedWithAPolishMessageAndRetryAfter() async throws {
        let project = try TestProject { $0.generation.generationsPerMinute = 2 }
        try await project.test { client in
            let office = try await client.signIn(.office)
            for _ in 0..<2 {
                #expect(try await client.json(.post, "/api/v1/generate/forum-report", "", as: office).status == .ok)
            }
            let refused = try await client.json(.post, "/api/v1/generate/forum-report", "", as: office)
            #expect(refused.status == .tooManyRequests)
            #expect(refused.object["code"] as? String == "too_many_requests")
            #expect((refused.object["message"] as? String)?.hasPrefix("Zbyt wiele") == true)
            #expect(Int(refused.headers[.retryAfter] ?? "") ?? 0 > 0)
            // The limit is per user: another one is not held back.
            let other = try await client.signIn(.authority)
            #expect(try await client.json(.post, "/api/v1/generate/forum-report", "", as: other).status == .ok)
        }
    }
}
