import Foundation

/// A message waiting in the outbox, as written before it is sent: its recipient, its header fields and its two bodies.
struct OutboxLetter: Sendable, Hashable, Codable {
    var to: String
    var subject: String
    var text: String
    var html: String
    /// Extra header fields, as name and value.
    var headers: [[String]]
    /// Seconds since 1970.
    var date: Int
    var messageID: String
}
