/// A hashtag of the week, in a weekly letter.
struct LetterHashtag: Encodable, Hashable, Sendable {
    var name: String
    var url: String
    var countLabel: String
}
