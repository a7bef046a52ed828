import Foundation
import HummingbirdTesting
import Testing
import ZitProject

/// A Leader's certificate reserves a register number, so only a form post with the session's
/// token issues it; a link followed or prefetched issues nothing.
@Suite struct LeaderCertificatePageTests {
    @Test func theCertificateIsAFormPostAndAGetLeadsBackToThePerson() async throws {
        let project = try WebProject()
        let leader = try #require(ProjectFacts(project.project).leaders.first)
        let person = "/uczestnicy/\(leader.id.rawValue)"
        try await project.test { client in
            let office = try await client.signIn(.office)
            let page = try await client.page(person, as: office)
            #expect(page.text.contains(#"<form method="post" action="\#(person)/zaswiadczenie-lidera""#))
            #expect(page.text.contains(#"<button type="submit">Zaświadczenie Lidera (DOCX)</button>"#))
            #expect(!page.text.contains(#"href="\#(person)/zaswiadczenie-lidera""#))

            let followed = try await client.page(person + "/zaswiadczenie-lidera", as: office)
            #expect(followed.status == .seeOther)
            #expect(followed.headers[.location] == person)
            #expect(followed.headers[.contentDisposition] == nil)

            let forged = try await client.post(person + "/zaswiadczenie-lidera", [("csrf", "obcy")], as: office)
            #expect(forged.status == .forbidden)
            #expect(forged.headings == ["Brak dostępu"])

            let issued = try await client.post(person + "/zaswiadczenie-lidera", [("csrf", office.csrf)], as: office)
            #expect(issued.status == .ok)
            #expect(issued.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
            #expect(try ReportPageTests.text(of: issued).contains(leader.fullName))

            let partner = try await client.signIn(.partnerWB)
            let refused = try await client.post(
                person + "/zaswiadczenie-lidera", [("csrf", partner.csrf)], as: partner)
            #expect(refused.status != .ok)
        }
    }
}
