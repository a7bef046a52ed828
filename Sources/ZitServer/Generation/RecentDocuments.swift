import Synchronization
import ZitDocuments
import ZitProject

/// Certificates made a moment ago, kept in memory so one downloaded again is not filled and
/// compressed again. A kept document stands for exactly what it was made from: the request, the
/// project's data as read (its version), the template as compiled (its version) and the number
/// and checksum the register gave it; `DocumentMaker` sends it only while the register still says
/// the same. Bounded by the bytes kept; the least recently sent go first.
final class RecentDocuments: Sendable {
    struct Key: Hashable, Sendable {
        var kind: DocumentKind
        var event: EventID?
        var participant: ParticipantID?
        var period: PeriodID?
        var beneficiary: BeneficiaryID?
        var format: Generator.Format
        var projectVersion: Int
        var templateVersion: Int
    }

    struct Document: Sendable {
        var name: String
        var bytes: [UInt8]
        var number: String
        var checksum: String
    }

    private struct Kept {
        var document: Document
        var used: UInt64
    }

    private struct Store {
        var documents: [Key: Kept] = [:]
        var bytes = 0
        var clock: UInt64 = 0
    }

    let capacity: Int
    private let store = Mutex(Store())

    /// `capacity` in bytes of documents.
    init(capacity: Int = 4 << 20) {
        self.capacity = capacity
    }

    func document(for key: Key) -> Document? {
        store.withLock { store in
            guard var kept = store.documents[key] else { return nil }
            store.clock += 1
            kept.used = store.clock
            store.documents[key] = kept
            return kept.document
        }
    }

    func keep(_ document: Document, for key: Key) {
        guard document.bytes.count <= capacity else { return }
        store.withLock { store in
            store.clock += 1
            if let old = store.documents.updateValue(Kept(document: document, used: store.clock), forKey: key) {
                store.bytes -= old.document.bytes.count
            }
            store.bytes += document.bytes.count
            guard store.bytes > capacity else { return }
            // Documents from older data or templates are never asked for again; they go with the least used.
            for (key, kept) in store.documents.sorted(by: { $0.value.used < $1.value.used }) {
                guard store.bytes > capacity / 2 else { break }
                store.documents[key] = nil
                store.bytes -= kept.document.bytes.count
            }
        }
    }

    var count: Int { store.withLock { $0.documents.count } }
}
