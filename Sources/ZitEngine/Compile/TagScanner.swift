import ZitXML

/// A tag found in a part, after it has been gathered into one text node.
struct FoundTag {
    var tag: Tag
    /// The tag as written, delimiters included.
    var source: String
    var textNode: XMLNode
    /// UTF-8 offsets of the tag in `textNode`'s text.
    var range: Range<Int>
    var paragraph: XMLNode
    /// The paragraph's number in its part, counted as its location's "akapit N".
    var paragraphNumber: Int
    /// The text nodes the tag was written across before it was gathered into the first of them.
    var pieces: [XMLNode]
    var location: TemplateLocation
}

/// Finds the tags of a part. Word and LibreOffice split typed text into several runs (spell-check
/// marks, revision ids, a formatting change in the middle of a tag); a tag spread over runs is
/// moved whole into the run where it starts, so it takes that run's formatting, and the other
/// runs keep theirs.
struct TagScanner {
    let markup: Markup
    let delimiters: Delimiters
    let part: String

    func scan(_ root: XMLNode) -> (tags: [FoundTag], problems: [TemplateProblem]) {
        var tags: [FoundTag] = []
        var problems: [TemplateProblem] = []
        var paragraphNumber = 0
        var tableNumbers: [XMLNode: Int] = [:]
        var visit: (XMLNode) -> Void = { _ in }
        visit = { node in
            guard node.isElement else { return }
            if markup.isTable(node) { tableNumbers[node] = tableNumbers.count + 1 }
            if markup.isParagraph(node) {
                paragraphNumber += 1
                scanParagraph(node, number: paragraphNumber, tables: tableNumbers, into: &tags, problems: &problems)
            }
        }
        if markup.isParagraph(root) {  // document properties: the root may itself be the "paragraph"
            visit(root)
        }
        root.walk(visit)
        return (tags, problems)
    }

    private func scanParagraph(
        _ paragraph: XMLNode, number: Int, tables: [XMLNode: Int],
        into tags: inout [FoundTag], problems: inout [TemplateProblem]
    ) {
        var nodes: [XMLNode] = []
        paragraph.walk(
            { node in
                if node.kind == .text, let parent = node.parent, markup.isTextHolder(parent) { nodes.append(node) }
            }, descend: { !markup.isParagraph($0) })
        guard !nodes.isEmpty else { return }

        var texts = nodes.map { Array($0.text.utf8) }
        let whole = texts.reduce(into: [UInt8]()) { $0.append(contentsOf: $1) }
        let open = Array(delimiters.open.utf8)
        guard whole.firstRange(of: open) != nil else { return }

        let place = self.place(of: paragraph, number: number, tables: tables)
        func location(around range: Range<Int>) -> TemplateLocation {
            TemplateLocation(part: part, place: place, excerpt: Self.excerpt(of: whole, around: range))
        }

        // Tag ranges in the paragraph's whole text.
        var found: [(range: Range<Int>, tag: Tag)] = []
        let close = Array(delimiters.close.utf8)
        var cursor = 0
        while let start = whole.firstRange(of: open, from: cursor)?.lowerBound {
            guard let closing = whole.firstRange(of: close, from: start + open.count) else {
                let shown = String(decoding: whole[start..<min(whole.count, start + 40)], as: UTF8.self)
                problems.append(
                    TemplateProblem(kind: .unclosedTag(shown), location: location(around: start..<whole.count)))
                break
            }
            let range = start..<closing.upperBound
            let source = String(decoding: whole[range], as: UTF8.self)
            let body = String(decoding: whole[(start + open.count)..<closing.lowerBound], as: UTF8.self)
            do {
                found.append((range, try Tag(parsing: Substring(body))))
            } catch {
                problems.append(
                    TemplateProblem(kind: Self.problem(error, tag: source), location: location(around: range)))
            }
            cursor = range.upperBound
        }

        // Node boundaries in the whole text.
        var starts: [Int] = []
        var offset = 0
        for text in texts {
            starts.append(offset)
            offset += text.count
        }
        func nodeIndex(containing position: Int) -> Int {
            // The last node starting at or before the position that is not empty at it.
            var index = 0
            for (candidate, start) in starts.enumerated()
            where start <= position && position < start + texts[candidate].count {
                index = candidate
            }
            return index
        }

        // Gather each tag into its first node, last tag first so earlier offsets stay valid.
        var removedPrefix = [Int](repeating: 0, count: nodes.count)
        var firstNodes: [Int] = []
        var pieces: [[XMLNode]] = []
        for (range, _) in found.reversed() {
            let first = nodeIndex(containing: range.lowerBound)
            let last = nodeIndex(containing: range.upperBound - 1)
            firstNodes.append(first)
            pieces.append(Array(nodes[first...max(first, last)]))
            guard first != last else { continue }
            let localStart = range.lowerBound - starts[first]
            let consumed = range.upperBound - starts[last]
            texts[last] = Array(texts[last][consumed...])
            removedPrefix[last] = consumed
            for middle in (first + 1)..<last { texts[middle] = [] }
            texts[first] = Array(texts[first][..<localStart]) + whole[range]
        }
        for (index, node) in nodes.enumerated() where texts[index] != Array(node.text.utf8) {
            node.text = String(decoding: texts[index], as: UTF8.self)
            // What is left of a run after a tag was taken out may begin with a space Word would drop.
            if markup.preservesSpaceWithAttribute, let holder = node.parent {
                holder.setAttribute(QualifiedName(Namespace.xml, "space"), to: "preserve")
            }
        }
        for (((range, tag), first), spread) in zip(zip(found, firstNodes.reversed()), pieces.reversed()) {
            // A node that lost its head to an earlier tag has its later tags further forward.
            let localStart = range.lowerBound - starts[first] - removedPrefix[first]
            tags.append(
                FoundTag(
                    tag: tag, source: String(decoding: whole[range], as: UTF8.self),
                    textNode: nodes[first], range: localStart..<(localStart + range.count), paragraph: paragraph,
                    paragraphNumber: number, pieces: spread, location: location(around: range)))
        }
    }

    /// "akapit 4" or "tabela 1, wiersz 2, komórka 3".
    func place(of paragraph: XMLNode, number: Int, tables: [XMLNode: Int]) -> String {
        guard let cell = paragraph.ancestors.first(where: markup.isCell),
            let row = cell.ancestors.first(where: markup.isRow),
            let table = row.ancestors.first(where: markup.isTable)
        else { return "akapit \(number)" }
        let cellNumber = row.children.filter(markup.isCell).firstIndex(of: cell).map { $0 + 1 } ?? 0
        return
            "tabela \(tables[table] ?? 0), wiersz \(Self.rowNumber(of: row, in: table, markup: markup)), komórka \(cellNumber)"
    }

    /// The row's number in its table, from 1, counting the rows of header and body groups alike.
    static func rowNumber(of row: XMLNode, in table: XMLNode, markup: Markup) -> Int {
        var rowNumber = 0
        var counter = 0
        table.walk(
            { node in
                if markup.isRow(node) {
                    counter += 1
                    if node == row { rowNumber = counter }
                }
            }, descend: { !markup.isTable($0) && !markup.isRow($0) })
        return rowNumber
    }

    static func excerpt(of text: [UInt8], around range: Range<Int>) -> String {
        let string = String(decoding: text, as: UTF8.self)
        let limit = 90
        guard string.count > limit else { return string }
        let before = String(decoding: text[..<range.lowerBound], as: UTF8.self)
        let startCharacter = max(0, before.count - 30)
        let characters = Array(string)
        let end = min(characters.count, startCharacter + limit)
        return (startCharacter > 0 ? "…" : "") + String(characters[startCharacter..<end])
            + (end < characters.count ? "…" : "")
    }

    static func problem(_ error: TagSyntaxError, tag: String) -> TemplateProblem.Kind {
        switch error {
        case .empty: .badTag(tag: tag, reason: "jest pusty")
        case .badPath(let path):
            .badTag(
                tag: tag, reason: "„\(path)” nie jest nazwą pola (użyj liter, cyfr i kropek, np. participant.lastName)")
        case .unknownFilter(let filter): .unknownFilter(tag: tag, filter: filter)
        case .badFilterArgument(let filter, let reason): .badTag(tag: tag, reason: "filtr „\(filter)”: \(reason)")
        }
    }
}
