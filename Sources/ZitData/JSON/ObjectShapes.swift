import ZitEngine

/// The keys of the last object closed at each depth. The rows of a list repeat their keys, so a
/// row with the same keys in the same order as the row before becomes a record of the same
/// `Record.Keys`: no key is hashed, and the renderer finds each field by its position.
struct ObjectShapes {
    private final class Shape {
        /// As written, a key given twice included.
        let written: [String]
        let keys: Record.Keys
        /// For each key as written, its value's place in the record; nil when no key repeats.
        let places: [Int]?

        init(keys written: UnsafeBufferPointer<String>) {
            self.written = Array(written)
            var names: [String] = []
            var placeOf: [String: Int] = [:]
            for key in written where placeOf[key] == nil {
                placeOf[key] = names.count
                names.append(key)
            }
            keys = Record.Keys(names)
            places = names.count == written.count ? nil : written.map { placeOf[$0]! }
        }

        /// The keys come from one `TextCache`, so equal keys are mostly one String, compared
        /// by its address; `elementsEqual` took four times as long, on its iterators.
        func hasKeys(_ other: UnsafeBufferPointer<String>) -> Bool {
            guard written.count == other.count else { return false }
            for (index, key) in written.enumerated() where key != other[index] {
                return false
            }
            return true
        }

        /// Of two equal keys the last one's value wins, as in a dictionary.
        func record(moving values: UnsafeMutableBufferPointer<TemplateValue>) -> Record {
            guard let places else { return Record(keys: keys, moving: values) }
            var arranged = [TemplateValue](repeating: .null, count: keys.names.count)
            for (place, index) in zip(places, values.indices) {
                arranged[place] = values.moveElement(from: index)
            }
            return Record(keys: keys, values: arranged)
        }
    }

    private var shapes: [Shape?]

    init(depths: Int) {
        shapes = Array(repeating: nil, count: depths)
    }

    /// The object of these keys and values, in the order written. The values are moved into
    /// it: `values` is left uninitialised.
    mutating func object(
        at depth: Int, keys: UnsafeBufferPointer<String>, moving values: UnsafeMutableBufferPointer<TemplateValue>
    ) -> Record {
        if let shape = shapes[depth], shape.hasKeys(keys) {
            return shape.record(moving: values)
        }
        let shape = Shape(keys: keys)
        shapes[depth] = shape
        return shape.record(moving: values)
    }
}
