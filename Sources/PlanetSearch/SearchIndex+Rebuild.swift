import CSQLite
import Foundation

extension SearchIndex {
    /// Builds the index of `documents` from scratch at `path`, safely while another process (the intake) uses it:
    /// first in a new file beside it (`<path>.rebuild`, oldest documents first, then optimized), then put in place
    /// in one step (SQLite's online backup, under the database's write lock), so that a reader sees the old index,
    /// then the new, never a part. An index file that is damaged is replaced by the new file instead. Returns the
    /// number of documents indexed.
    @discardableResult
    public static func rebuild(at path: String, documents: [SearchDocument]) throws -> Int {
        let building = path + ".rebuild"
        let manager = FileManager.default
        for suffix in ["", "-journal", "-wal", "-shm"] { try? manager.removeItem(atPath: building + suffix) }
        defer { for suffix in ["", "-journal", "-wal", "-shm"] { try? manager.removeItem(atPath: building + suffix) } }
        let count: Int
        do {
            let fresh = try SearchIndex(path: building, bulk: true)
            try fresh.update(documents.sorted { $0.date != $1.date ? $0.date < $1.date : $0.path < $1.path })
            try fresh.optimize()
            count = fresh.count
        }
        let source = try SQLiteConnection(path: building)
        do {
            let destination = try SQLiteConnection(path: path)
            try destination.execute("PRAGMA journal_mode = WAL")
            try destination.replaceContent(with: source)
        } catch let error as SQLiteError where [SQLITE_NOTADB, SQLITE_CORRUPT].contains(error.code & 0xFF) {
            for suffix in ["-wal", "-shm", "-journal"] { try? manager.removeItem(atPath: path + suffix) }
            guard rename(building, path) == 0 else { throw SQLiteError(code: error.code, message: "cannot put \(building) in place of \(path)") }
        }
        return count
    }
}
