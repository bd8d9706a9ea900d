/// `letter`: a weekly letter's content, as its page, its feed entry and its e-mail show it.
struct LetterValues: Encodable, Hashable, Sendable {
    var title: String
    var url: String
    var startISO: String
    var startDisplay: String
    var endDisplay: String
    var postCountLabel: String
    var members: [LetterMember]
    var conversations: [LetterConversation]
    var newMembers: [TitledLink]
    var hashtags: [LetterHashtag]
}
