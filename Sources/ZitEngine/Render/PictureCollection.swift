/// The pictures of one document: each stored once however often, and in however many parts, it
/// is used; each with an entry name and relationship id of its own.
struct PictureCollection {
    struct Stored: Sendable {
        var file: PictureFile
        /// The package entry, e.g. `word/media/zitdocs-picture-1.png`.
        var entry: String
        /// The relationship id the parts using it refer to it by (Word).
        var relationship: String
    }

    let source: PictureSource
    private(set) var stored: [Stored] = []
    /// The parts using pictures, in the order they were filled, with the pictures each uses.
    private(set) var uses: [(part: String, pictures: [Int])] = []
    private var byBytes: [[UInt8]: Int] = [:]
    /// Files read already, by path: a picture in every row of a list is read once.
    private var files: [String: [UInt8]?] = [:]

    init(source: PictureSource) { self.source = source }

    var isEmpty: Bool { stored.isEmpty }

    /// The file at `path` inside the data's folder, nil when there is none.
    mutating func read(_ path: String) -> [UInt8]? {
        if let known = files[path] { return known }
        let bytes = source.read(path)
        files[path] = bytes
        return bytes
    }

    /// The index of the picture in the document, stored on first use.
    mutating func store(_ file: PictureFile, format: PictureFormat, usedIn part: String) -> Int {
        let index: Int
        if let known = byBytes[file.bytes] {
            index = known
        } else {
            index = stored.count
            let number = index + 1
            stored.append(
                Stored(
                    file: file, entry: "\(format.mediaFolder)zitdocs-picture-\(number).\(file.kind.fileExtension)",
                    relationship: "rIdZitdocsPicture\(number)"))
            byBytes[file.bytes] = index
        }
        if let place = uses.firstIndex(where: { $0.part == part }) {
            if !uses[place].pictures.contains(index) { uses[place].pictures.append(index) }
        } else {
            uses.append((part, [index]))
        }
        return index
    }
}
