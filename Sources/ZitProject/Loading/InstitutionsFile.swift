/// instytucje.yaml: the ZIT unions and the institutions participants come from.
struct InstitutionsFile {
    var unions: [ZITUnion] = []
    var institutions: [(Institution, SourceLocation)] = []

    init(_ root: YAMLNode, log: inout ProblemLog) {
        for node in root.list("związki_zit", log: &log) {
            guard let id = node.text("id", log: &log), let name = node.text("nazwa", log: &log),
                let voivodeship = node.choice("województwo", as: Voivodeship.self, log: &log),
                let isNew = node.flag("nowy", log: &log)
            else { continue }
            unions.append(
                ZITUnion(
                    id: UnionID(id), name: name, voivodeship: voivodeship, isNew: isNew,
                    members: node.texts("członkowie", log: &log)))
        }
        for node in root.list("instytucje", log: &log) {
            guard let id = node.text("id", log: &log), let name = node.text("nazwa", log: &log),
                let kind = node.choice("rodzaj", as: Institution.Kind.self, log: &log)
            else { continue }
            let union = node.text("związek", required: false, log: &log).map { UnionID($0) }
            institutions.append(
                (Institution(id: InstitutionID(id), name: name, kind: kind, union: union), node.location))
        }
    }
}
