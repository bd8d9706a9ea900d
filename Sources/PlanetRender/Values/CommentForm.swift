/// `comment_form`: the form that sends a comment to the intake service.
struct CommentForm: Encodable, Hashable, Sendable {
    var action: String
    var postID: String
    var question: String
    var hasQuestion: Bool
    var replyOptions: [ReplyOption]
    var hasReplyOptions: Bool
    var nameMax: Int
    var messageMax: Int
}
