import Foundation
import Testing
import ZitPolish

@testable import ZitProject

/// The sample project in Examples/projekt against the hand count made when it was written
/// (Examples/projekt/src/expected-facts.json).
@Suite struct SampleProjectTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/projekt").path

    struct Expected: Decodable {
        var participants: Int
        var leaders: [String]
        var oneShort: [String]
        var forumObservers: Int
        var studyVisitParticipants: Int
        var unionsReached: Int
        var newUnionsReached: Int
        var women: Int
        var men: Int
        var unknownSex: Int
        var attendanceByEvent: [String: Int]
        var eventsPerParticipant: [String: Int]
        var attendanceRows: Int
    }

    @Test func theSampleProjectHasNoErrorsAndMatchesTheHandCount() throws {
        let expected = try JSONDecoder().decode(
            Expected.self, from: try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/src/expected-facts.json")))
        let result = ProjectLoader.load(folder: Self.folder)
        #expect(result.errors.isEmpty, "\(result.errors)")
        let project = try #require(result.project)
        let facts = ProjectFacts(project)
        #expect(project.participants.count == expected.participants)
        #expect(project.attendance.count == expected.attendanceRows)
        #expect(Set(facts.leaders.map(\.id.rawValue)) == Set(expected.leaders))
        #expect(Set(facts.oneFormShort.map(\.id.rawValue)) == Set(expected.oneShort))
        #expect(facts.value(of: .forumObservers) == expected.forumObservers)
        #expect(facts.value(of: .studyVisitParticipants) == expected.studyVisitParticipants)
        #expect(facts.value(of: .unions) == expected.unionsReached)
        #expect(facts.value(of: .newUnions) == expected.newUnionsReached)
        #expect(project.participants.filter { $0.sex == .female }.count == expected.women)
        #expect(project.participants.filter { $0.sex == .male }.count == expected.men)
        #expect(project.participants.filter { $0.sex == nil }.count == expected.unknownSex)
        for (event, count) in expected.attendanceByEvent {
            #expect(facts.participants(of: EventID(event)).count == count, "\(event)")
        }
        for (person, count) in expected.eventsPerParticipant {
            #expect(facts.formsAttended(ParticipantID(person)) == count, "\(person)")
        }
        #expect(facts.value(of: .workshops) == 14)
        #expect(facts.value(of: .supervisions) == 5)
    }

    @Test func leadersAreListedInPolishAlphabeticalOrder() throws {
        let project = try #require(ProjectLoader.load(folder: Self.folder).project)
        let names = ProjectFacts(project).leaders.map { "\($0.lastName) \($0.firstName)" }
        #expect(names.count == 18)
        #expect(names == Polish.sorted(names))
    }
}
