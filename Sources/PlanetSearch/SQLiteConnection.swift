import CSQLite
import Foundation

/// One connection to an SQLite database (the system's libsqlite3), used by one thread at a time: its owner
/// (`SearchIndex`) holds a lock around every use.
final class SQLiteConnection {
    let handle: OpaquePointer
    /// Statements prepared once, by their SQL.
    private var prepared: [String: SQLiteStatement] = [:]

    /// Opens (creating) the database at `path`; `:memory:` for one in memory. A write waits up to `busySeconds` for
    /// another connection's (another process's) to end.
    init(path: String, busySeconds: Int32 = 60) throws {
        var handle: OpaquePointer?
        let status = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        guard status == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(handle)
            throw SQLiteError(code: status, message: message)
        }
        self.handle = handle
        sqlite3_busy_timeout(handle, busySeconds * 1000)
    }

    deinit {
        prepared = [:]
        sqlite3_close_v2(handle)
    }

    var lastError: SQLiteError {
        SQLiteError(code: sqlite3_errcode(handle), message: String(cString: sqlite3_errmsg(handle)))
    }

    /// Runs `sql` (one or more statements without parameters).
    func execute(_ sql: String) throws {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw lastError }
    }

    func prepare(_ sql: String) throws -> SQLiteStatement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else { throw lastError }
        return SQLiteStatement(statement, connection: self)
    }

    /// `prepare(sql)`, kept for the next call with the same SQL.
    func statement(_ sql: String) throws -> SQLiteStatement {
        if let known = prepared[sql] { return known }
        let made = try prepare(sql)
        prepared[sql] = made
        return made
    }

    /// Runs `body` in a transaction, committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Replaces this database's content with `source`'s, in one step under this database's write lock (SQLite's
    /// online backup): other connections see the old content, then the new.
    func replaceContent(with source: SQLiteConnection) throws {
        guard let backup = sqlite3_backup_init(handle, "main", source.handle, "main") else { throw lastError }
        var status: Int32
        repeat {
            status = sqlite3_backup_step(backup, -1)
            if status == SQLITE_BUSY || status == SQLITE_LOCKED { usleep(100_000) }
        } while status == SQLITE_OK || status == SQLITE_BUSY || status == SQLITE_LOCKED
        let finished = sqlite3_backup_finish(backup)
        let failure = status == SQLITE_DONE ? finished : status
        guard failure == SQLITE_OK else { throw SQLiteError(code: failure, message: String(cString: sqlite3_errstr(failure))) }
    }
}
