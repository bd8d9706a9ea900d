import Foundation

/// A message waiting in the outbox, as written before it is sent: its recipient and its two bodies, and for a
/// moderator's digest the items it tells (so that they are not told again).
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
    /// The moderator a digest is for, and the items it tells (`<author>/<slug>/<id>`).
    var moderator: String?
    var items: [String]
}
