/// An author summary `{id, name, url, avatar_url, initials}`; `bio` where a page shows it, `count` in
/// ranked members.
struct AuthorSummary: Encodable, Hashable, Sendable {
    var id: String
    var name: String
    var url: String
    var avatarURL: String
    var initials: String
    var bio: String?
    var count: Int?
}
