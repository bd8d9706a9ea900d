/// A failed SQLite call: its result code and message.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    public var code: Int32
    public var message: String

    public var description: String { "SQLite error \(code): \(message)" }
}
