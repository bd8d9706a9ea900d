/// A member's posts of the week, in a weekly letter.
struct LetterMember: Encodable, Hashable, Sendable {
    var name: String
    var url: String
    var posts: [LetterPost]
}
