import Testing

@testable import ZitPackage

@Suite struct RepeatFinderTests {
    static let title = Array("Zasady horyzontalne w perspektywie finansowej 2021-2027".utf8)

    @Test func aTextWrittenAgainIsMarkedWithItsDistance() throws {
        var finder = RepeatFinder()
        var pending = Array("<w:t>".utf8)
        #expect(finder.mark(pending + Self.title, from: pending.count) == nil)
        pending += Self.title + Array("</w:t><w:t>".utf8)
        let start = pending.count
        pending += Self.title
        let found = finder.mark(pending, from: start)
        let mark = try #require(found)
        guard case .repeated(let offset, let length, let distance) = mark else { Issue.record("not a repeat"); return }
        #expect(offset == start && length == Self.title.count && distance == start - 5)
    }

    @Test func anEarlierCopyAlreadyHandedOverIsFoundInTheTail() throws {
        var finder = RepeatFinder()
        let first = Array("abc".utf8) + Self.title
        _ = finder.mark(first, from: 3)
        finder.handOver(first)
        let second = Array("0123456789".utf8) + Self.title
        let found = finder.mark(second, from: 10)
        let mark = try #require(found)
        guard case .repeated(_, _, let distance) = mark else { Issue.record("not a repeat"); return }
        #expect(distance == first.count - 3 + 10)
    }

    @Test func shortTextsDifferentTextsAndCopiesOutOfReachAreNotMarked() {
        var finder = RepeatFinder()
        let short = Array("Pani".utf8)
        _ = finder.mark(short, from: 0)
        #expect(finder.mark(short + short, from: short.count) == nil)

        let other = Array("Zasady horyzontalne w perspektywie finansowej 2021-2028".utf8)
        _ = finder.mark(Self.title, from: 0)
        #expect(finder.mark(Self.title + other, from: Self.title.count) == nil)

        var far = RepeatFinder()
        _ = far.mark(Self.title, from: 0)
        let filler = [UInt8](repeating: UInt8(ascii: "x"), count: Deflate.windowSize)
        #expect(far.mark(Self.title + filler + Self.title, from: Self.title.count + filler.count) == nil)
    }
}

extension PieceMark: Equatable {
    public static func == (lhs: PieceMark, rhs: PieceMark) -> Bool {
        switch (lhs, rhs) {
        case let (.boilerplate(a, b), .boilerplate(c, d)): a == c && b == d
        case let (.repeated(a, b, c), .repeated(d, e, f)): a == d && b == e && c == f
        default: false
        }
    }
}
