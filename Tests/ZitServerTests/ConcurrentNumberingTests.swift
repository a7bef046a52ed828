import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import ZitDocuments
import ZitProject
import ZitRegister

@testable import ZitServer

/// The server and `zitdocs generate` numbering certificates on one project at the same time.
@Suite struct ConcurrentNumberingTests {
    @Test func thirtyTwoRequestsAndACommandLineRunShareTheNumberingWithoutDuplicatesOrGaps() async throws {
        let project = try TestProject { $0.generation.generationsPerMinute = 1000 }
        let loaded = try #require(ProjectLoader.load(folder: project.folder).project)
        let facts = ProjectFacts(loaded)
        let plans = DocumentPlans(facts).documents(.certificates)
        let requests = Array(plans.compactMap(\.certificate).prefix(32))
        #expect(requests.count == 32)
        let folder = project.folder
        let templates = project.settings.generation.templatesFolder
        try await project.test { client in
            let office = try await client.signIn(.office)
            try await withThrowingTaskGroup(of: Int.self) { group in
                for request in requests {
                    group.addTask {
                        let body = #"{"event":"\#(request.subject)","participant":"\#(request.participant)"}"#
                        return try await client.json(.post, "/api/v1/generate/certificates", body, as: office).status
                            .code
                    }
                }
                // Every certificate of the project by the command line's generator, meanwhile.
                group.addTask {
                    let output = NSTemporaryDirectory() + "zit-cli-\(UUID().uuidString)"
                    defer { try? FileManager.default.removeItem(atPath: output) }
                    let outcome = await JobQueue.onOwnThread {
                        try Generator(
                            plans: DocumentPlans(facts), projectFolder: folder, templatesFolder: templates,
                            outputFolder: output,
                            format: .docx
                        ).generate(.certificates)
                    }
                    return try outcome.get().files.count == plans.count ? 200 : 500
                }
                for try await status in group { #expect(status == 200) }
            }
            let entries = try CertificateRegister(folder: folder).entries()
            #expect(entries.count == plans.count)
            #expect(Set(entries.map(\.number)).count == entries.count)
            #expect(Set(entries.map { "\($0.participant)|\($0.subject)" }).count == entries.count)
            #expect(entries.allSatisfy { $0.status == .issued })
            // Per series and year the counters run 1…n with none missing: "{nr}/{rok}/{seria}".
            var counters: [String: [Int]] = [:]
            for entry in entries {
                let parts = entry.number.split(separator: "/")
                counters[parts.dropFirst().joined(separator: "/"), default: []].append(Int(parts[0]) ?? 0)
            }
            for (series, numbers) in counters {
                #expect(numbers.sorted() == Array(1...numbers.count), "\(series)")
            }
        }
    }
}
