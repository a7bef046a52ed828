import HummingbirdBcrypt
import Synchronization

/// Passwords as bcrypt hashes (hummingbird-auth's bcrypt). A login that does not exist is checked
/// against a hash of nothing in particular, so it takes as long to refuse as a wrong password.
final class Passwords: Sendable {
    let cost: UInt8
    /// Made when the server starts (`prepare`), not for `zitdocs user …` commands, which never need it.
    private let dummy = Mutex<String?>(nil)

    init(cost: UInt8) {
        self.cost = cost
    }

    func hash(_ password: String) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    func verify(_ password: String, against hash: String?) -> Bool {
        let matches = Bcrypt.verify(password, hash: hash ?? dummyHash())
        return hash != nil && matches
    }

    /// Makes the stand-in hash now, so that even the first unknown login costs one bcrypt, as a wrong password does.
    func prepare() {
        _ = dummyHash()
    }

    private func dummyHash() -> String {
        if let hash = dummy.withLock({ $0 }) { return hash }
        let hash = Bcrypt.hash("zitdocs: konto, którego nie ma", cost: cost)
        dummy.withLock { $0 = $0 ?? hash }
        return hash
    }

    /// What a new password must be: long enough to resist guessing at bcrypt's pace.
    static func problem(with password: String) -> String? {
        if password.count < 12 { return "Hasło musi mieć co najmniej 12 znaków." }
        if password.count > 72 { return "Hasło może mieć najwyżej 72 znaki (tyle rozróżnia bcrypt)." }
        return nil
    }
}
