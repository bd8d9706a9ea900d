/// A post in a weekly letter: a post of the week, or a community response; an outside entry says where it was
/// first published.
struct LetterPost: Encodable, Hashable, Sendable {
    var title: String
    var url: String
    var summary: String
    var authorName: String
    var dateISO: String
    var dateDisplay: String
    var outside: Bool
    var originName: String
    var originURL: String
}
