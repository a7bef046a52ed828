/// An object an instruction refers to without counting the reference: a retain and release for
/// every instruction of every row cost as much as writing the row's fixed text.
///
/// Valid only while the `CompiledPart` that owns the object (in its `objects`) is alive, as it
/// is for as long as the part is rendered.
struct Unretained<Object: AnyObject & Sendable>: @unchecked Sendable {
    private let reference: Unmanaged<Object>

    init(_ object: Object) { reference = .passUnretained(object) }

    /// `body` gets the object without a retain.
    func with<Result>(_ body: (Object) -> Result) -> Result {
        reference._withUnsafeGuaranteedRef(body)
    }
}
