import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import ZitEngine
import ZitPackage

@testable import ZitServer

/// `zitdocs render` over HTTP: the same document as the command line, and hostile uploads refused.
@Suite struct RenderRouteTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let template = repository.appendingPathComponent("Templates/zaswiadczenie.docx").path
    static let data = repository.appendingPathComponent("Templates/src/sample-data/zaswiadczenie.json").path

    static func body(template: Data, data: String, format: String = "json") -> String {
        let object: [String: Any] = ["template": template.base64EncodedString(), "data": data, "dataFormat": format]
        return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test func theFilledDocumentIsTheOneTheCommandLineWrites() async throws {
        let project = try TestProject()
        let template = try Data(contentsOf: URL(fileURLWithPath: Self.template))
        let data = try String(contentsOfFile: Self.data, encoding: .utf8)
        // As `zitdocs render TEMPLATE --data DATA --output FILE` does it.
        let expected = NSTemporaryDirectory() + "zit-render-\(UUID().uuidString).docx"
        defer { try? FileManager.default.removeItem(atPath: expected) }
        let filled = try Template(contentsOf: Self.template)
        let values = try JSONDecoder().decode(TemplateValue.self, from: Data(data.utf8))
        try DocumentWriter(for: filled).write(try filled.render(values), to: expected)
        let written = try Data(contentsOf: URL(fileURLWithPath: expected))
        try await project.test { client in
            let office = try await client.signIn(.office)
            let response = try await client.json(
                .post, "/api/v1/render", Self.body(template: template, data: data), as: office)
            #expect(response.status == .ok)
            #expect(
                response.headers[.contentType]
                    == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            #expect(Data(response.body.readableBytesView) == written)
            let document = try Package(bytes: [UInt8](buffer: response.body), name: "dokument.docx")
            let text = String(decoding: try document.read("word/document.xml"), as: UTF8.self)
            #expect(text.contains("17/2026/WZP"))
            #expect(!text.contains("{{number}}"))
        }
    }

    @Test func onlyTheOfficeRendersAndBrokenUploadsAreRefusedInPolish() async throws {
        let project = try TestProject()
        let template = try Data(contentsOf: URL(fileURLWithPath: Self.template))
        try await project.test { client in
            let partner = try await client.signIn(.partnerWB)
            #expect(
                try await client.json(.post, "/api/v1/render", Self.body(template: template, data: "{}"), as: partner)
                    .status == .forbidden)
            let office = try await client.signIn(.office)
            let notZip = try await client.json(
                .post, "/api/v1/render", Self.body(template: Data("nie zip".utf8), data: "{}"), as: office)
            #expect(notZip.status == .unprocessableContent)
            #expect(notZip.object["code"] as? String == "template_error")
            let badData = try await client.json(
                .post, "/api/v1/render", Self.body(template: template, data: "{\"a\": ", format: "json"), as: office)
            #expect(badData.status == .unprocessableContent)
            #expect(badData.object["code"] as? String == "data_error")
            let notBase64 = try await client.json(
                .post, "/api/v1/render", #"{"template":"***","data":"{}"}"#, as: office)
            #expect(notBase64.status == .badRequest)
        }
    }
}
