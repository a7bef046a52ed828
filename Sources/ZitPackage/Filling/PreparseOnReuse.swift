import Synchronization

/// A short part's `PreparsedDeflate`, made when a second document is filled from its stretches:
/// the parse costs about what zlib takes for a few documents, so a single document (one
/// certificate, the first request) goes through zlib and a batch pays it once.
final class PreparseOnReuse: Sendable {
    private let stretches: [ArraySlice<UInt8>]
    private let state = Mutex<(uses: Int, preparsed: PreparsedDeflate?)>((0, nil))

    init(_ stretches: [ArraySlice<UInt8>]) {
        self.stretches = stretches
    }

    /// Nil for the first document. `first` says whether this document is the first, when the
    /// caller knows (a batch: its first item), so that which of a batch's documents goes through
    /// zlib does not depend on which core asks first; nil counts the requests instead.
    func forNextDocument(first: Bool? = nil) -> PreparsedDeflate? {
        state.withLock { state in
            state.uses += 1
            guard !(first ?? (state.uses == 1)) else { return nil }
            if state.preparsed == nil { state.preparsed = PreparsedDeflate(stretches) }
            return state.preparsed
        }
    }
}
