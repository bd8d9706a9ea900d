/// `letters`: the weekly letters, newest first, `/letters/`.
struct LettersPage: Encodable, Hashable, Sendable {
    var letters: [LetterListing]
    var feedURL: String
}
