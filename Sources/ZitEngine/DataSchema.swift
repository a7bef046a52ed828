/// A JSON Schema (draft 2020-12) of the data a template needs, for a program that prepares it
/// (the service's page shows a template's fields from it).
public final class DataSchema: Sendable, Encodable {
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    /// `object`, `array`, or the kinds a value may be.
    public let type: [String]
    public let properties: [String: DataSchema]?
    public let items: DataSchema?
    public let title: String?
    let dialect: String?

    private init(
        type: [String], properties: [String: DataSchema]? = nil, items: DataSchema? = nil, title: String? = nil,
        dialect: String? = nil
    ) {
        self.type = type
        self.properties = properties
        self.items = items
        self.title = title
        self.dialect = dialect
    }

    /// The schema of a whole data file needing `fields`.
    public convenience init(_ fields: [DataField], title: String) {
        self.init(type: ["object"], properties: Self.properties(fields), title: title, dialect: Self.dialect)
    }

    private static func properties(_ fields: [DataField]) -> [String: DataSchema] {
        Dictionary(uniqueKeysWithValues: fields.map { ($0.name, schema(of: $0)) })
    }

    private static func schema(of field: DataField) -> DataSchema {
        switch field.kind {
        case .value: DataSchema(type: ["string", "number"])
        case .flag: DataSchema(type: ["boolean", "string", "number", "null"])
        case .object: DataSchema(type: ["object"], properties: properties(field.fields))
        case .list:
            DataSchema(
                type: ["array"],
                items: field.fields.isEmpty
                    ? DataSchema(type: ["string", "number"])
                    : DataSchema(type: ["object"], properties: properties(field.fields)))
        }
    }

    private enum CodingKeys: String, CodingKey {
        case dialect = "$schema"
        case type, properties, items, title
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(dialect, forKey: .dialect)
        try container.encodeIfPresent(title, forKey: .title)
        if type.count == 1 {
            try container.encode(type[0], forKey: .type)
        } else {
            try container.encode(type, forKey: .type)
        }
        try container.encodeIfPresent(properties, forKey: .properties)
        try container.encodeIfPresent(items, forKey: .items)
    }
}
