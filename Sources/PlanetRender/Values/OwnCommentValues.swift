/// `intake.own`: a reader's comment behind their private link, with what they may do with it.
struct OwnCommentValues: Encodable, Hashable, Sendable {
    var actionURL: String
    var pending: Bool
    var published: Bool
    /// An unsubscribe link's page: its button deletes the address.
    var unsubscribe: Bool
    var message: String
    var messageMax: Int
    /// The comment on its post, once published.
    var commentURL: String
    var saved: Bool
}
