/// A post answered this week, in a weekly letter: its comments of the week and the community's responses.
struct LetterConversation: Encodable, Hashable, Sendable {
    var title: String
    var url: String
    var authorName: String
    var commentLabel: String
    var hasComments: Bool
    var responseLabel: String
    var responses: [LetterPost]
}
