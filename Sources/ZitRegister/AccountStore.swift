import Foundation
import GRDB

/// The service's user accounts and their bearer tokens, kept in the register's database so that
/// one file holds everything of a project the service writes, under the register's one chain of
/// migrations (a second migrator on the same file would look like a newer version to the first).
/// Passwords and tokens arrive here already hashed: this store never sees a secret.
public final class AccountStore: Sendable {
    public enum Role: String, Sendable, CaseIterable, Codable {
        case office, partner, authority
    }

    public struct Account: Sendable, Equatable {
        public var id: Int64
        public var login: String
        public var role: Role
        /// The beneficiary a partner account is bound to; nil for the other roles.
        public var beneficiary: String?
        public var passwordHash: String
        public var isDisabled: Bool
        public var createdAt: String
    }

    public struct Token: Sendable, Equatable {
        public var id: Int64
        public var account: Int64
        public var name: String
        public var createdAt: String
    }

    let database: DatabaseQueue
    public let path: String

    /// Opens the accounts of the register's file, creating their tables on first use.
    public init(register: CertificateRegister) {
        database = register.database
        path = register.path
    }

    static func addAccounts(to migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4 service accounts") { db in
            try db.create(table: "account") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("login", .text).notNull().unique(onConflict: .abort)
                table.column("role", .text).notNull()
                table.column("beneficiary", .text)
                table.column("passwordHash", .text).notNull()
                table.column("disabled", .boolean).notNull().defaults(to: false)
                table.column("createdAt", .text).notNull()
            }
            try db.create(table: "accessToken") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("account", .integer).notNull().references("account", onDelete: .cascade)
                table.column("digest", .text).notNull().unique()
                table.column("name", .text).notNull()
                table.column("createdAt", .text).notNull()
            }
        }
    }

    private func failure(_ what: String, _ error: any Error) -> CertificateRegister.Failure {
        CertificateRegister.Failure(.accountsNotHandled(what: what, detail: "\(error)"), file: path)
    }

    private static func account(_ row: Row) -> Account {
        Account(
            id: row["id"], login: row["login"], role: Role(rawValue: row["role"]) ?? .authority,
            beneficiary: row["beneficiary"], passwordHash: row["passwordHash"], isDisabled: row["disabled"],
            createdAt: row["createdAt"])
    }

    public func accounts() throws(CertificateRegister.Failure) -> [Account] {
        do {
            return try database.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM account ORDER BY login").map(Self.account)
            }
        } catch {
            throw failure("odczytać kont użytkowników", error)
        }
    }

    public func account(login: String) throws(CertificateRegister.Failure) -> Account? {
        do {
            return try database.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM account WHERE login = ?", arguments: [login]).map(Self.account)
            }
        } catch {
            throw failure("odczytać konta użytkownika", error)
        }
    }

    public func account(id: Int64) throws(CertificateRegister.Failure) -> Account? {
        do {
            return try database.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM account WHERE id = ?", arguments: [id]).map(Self.account)
            }
        } catch {
            throw failure("odczytać konta użytkownika", error)
        }
    }

    /// Adds an account; a login already taken is reported, never overwritten.
    public func add(
        login: String, role: Role, beneficiary: String?, passwordHash: String, createdAt: String
    ) throws(CertificateRegister.Failure) -> Account {
        do {
            return try database.write { db in
                if try Row.fetchOne(db, sql: "SELECT id FROM account WHERE login = ?", arguments: [login]) != nil {
                    throw CertificateRegister.Failure(.accountExists(login: login))
                }
                try db.execute(
                    sql:
                        "INSERT INTO account (login, role, beneficiary, passwordHash, createdAt) VALUES (?, ?, ?, ?, ?)",
                    arguments: [login, role.rawValue, beneficiary, passwordHash, createdAt])
                return Account(
                    id: db.lastInsertedRowID, login: login, role: role, beneficiary: beneficiary,
                    passwordHash: passwordHash, isDisabled: false, createdAt: createdAt)
            }
        } catch let failure as CertificateRegister.Failure {
            throw failure
        } catch {
            throw failure("zapisać konta użytkownika", error)
        }
    }

    /// Disables an account and revokes its tokens; false when there is no such login.
    public func disable(login: String) throws(CertificateRegister.Failure) -> Bool {
        do {
            return try database.write { db in
                try db.execute(sql: "UPDATE account SET disabled = 1 WHERE login = ?", arguments: [login])
                guard db.changesCount > 0 else { return false }
                try db.execute(
                    sql: "DELETE FROM accessToken WHERE account = (SELECT id FROM account WHERE login = ?)",
                    arguments: [login])
                return true
            }
        } catch {
            throw failure("zapisać zmian konta użytkownika", error)
        }
    }

    /// Replaces the password's hash; false when there is no such login.
    public func setPasswordHash(_ hash: String, login: String) throws(CertificateRegister.Failure) -> Bool {
        do {
            return try database.write { db in
                try db.execute(sql: "UPDATE account SET passwordHash = ? WHERE login = ?", arguments: [hash, login])
                return db.changesCount > 0
            }
        } catch {
            throw failure("zapisać hasła użytkownika", error)
        }
    }

    public func addToken(
        account: Int64, digest: String, name: String, createdAt: String
    ) throws(CertificateRegister.Failure) -> Token {
        do {
            return try database.write { db in
                try db.execute(
                    sql: "INSERT INTO accessToken (account, digest, name, createdAt) VALUES (?, ?, ?, ?)",
                    arguments: [account, digest, name, createdAt])
                return Token(id: db.lastInsertedRowID, account: account, name: name, createdAt: createdAt)
            }
        } catch {
            throw failure("zapisać tokenu dostępu", error)
        }
    }

    public func tokens(account: Int64) throws(CertificateRegister.Failure) -> [Token] {
        do {
            return try database.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT * FROM accessToken WHERE account = ? ORDER BY id", arguments: [account]
                ).map {
                    Token(id: $0["id"], account: $0["account"], name: $0["name"], createdAt: $0["createdAt"])
                }
            }
        } catch {
            throw failure("odczytać tokenów dostępu", error)
        }
    }

    /// The account a token's digest belongs to, if the token exists.
    public func account(tokenDigest digest: String) throws(CertificateRegister.Failure) -> Account? {
        do {
            return try database.read { db in
                try Row.fetchOne(
                    db,
                    sql:
                        "SELECT account.* FROM account JOIN accessToken ON accessToken.account = account.id WHERE accessToken.digest = ?",
                    arguments: [digest]
                ).map(Self.account)
            }
        } catch {
            throw failure("odczytać tokenu dostępu", error)
        }
    }

    /// Revokes one of an account's tokens; false when the account has no token with this id.
    public func revokeToken(id: Int64, account: Int64) throws(CertificateRegister.Failure) -> Bool {
        do {
            return try database.write { db in
                try db.execute(sql: "DELETE FROM accessToken WHERE id = ? AND account = ?", arguments: [id, account])
                return db.changesCount > 0
            }
        } catch {
            throw failure("usunąć tokenu dostępu", error)
        }
    }
}
