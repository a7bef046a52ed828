import ZitEngine

/// The keys of the last object closed at each depth, and where each key's value sits in that
/// object's dictionary. The rows of a list repeat their keys, so a row with the same keys in
/// the same order is made as a copy of the row before with its values replaced: no key hashed.
struct ObjectShapes {
    private final class Shape {
        let keys: [String]
        let fields: [String: TemplateValue]
        /// One for each key, in the order written; two equal keys share one. Found when an
        /// object first follows the shape, as in a list of two kinds of rows in turn none does.
        lazy var places = keys.map { fields.index(forKey: $0)! }

        init(keys: ArraySlice<String>, fields: [String: TemplateValue]) {
            self.keys = Array(keys)
            self.fields = fields
        }

        /// The keys come from one `TextCache`, so equal keys are mostly one String, compared
        /// by its address; `elementsEqual` took four times as long, on its iterators.
        func hasKeys(_ other: ArraySlice<String>) -> Bool {
            guard keys.count == other.count else { return false }
            for (index, key) in keys.enumerated() where key != other[other.startIndex + index] {
                return false
            }
            return true
        }
    }

    private var shapes: [Shape?]

    init(depths: Int) {
        shapes = Array(repeating: nil, count: depths)
    }

    /// The object of these keys and values, in the order written, so of two equal keys the last wins.
    mutating func object(
        at depth: Int, keys: ArraySlice<String>, values: ArraySlice<TemplateValue>
    ) -> [String: TemplateValue] {
        if let shape = shapes[depth], shape.hasKeys(keys) {
            var fields = shape.fields
            for (place, value) in zip(shape.places, values) {
                fields.values[place] = value
            }
            return fields
        }
        var fields = [String: TemplateValue](minimumCapacity: keys.count)
        for (key, value) in zip(keys, values) {
            fields[key] = value
        }
        shapes[depth] = Shape(keys: keys, fields: fields)
        return fields
    }
}
