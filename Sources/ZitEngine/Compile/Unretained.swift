/// An object an instruction refers to without counting the reference, as a retain and release
/// for every instruction of every row cost as much as writing the row's fixed text; the
/// `CompiledPart` owns it.
struct Unretained<Object: AnyObject & Sendable>: @unchecked Sendable {
    private let reference: Unmanaged<Object>

    init(_ object: Object) { reference = .passUnretained(object) }

    /// `body` gets the object without a retain; its part must be alive, as it is while rendered.
    func with<Result>(_ body: (Object) -> Result) -> Result {
        reference._withUnsafeGuaranteedRef(body)
    }
}
