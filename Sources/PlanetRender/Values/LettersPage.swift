/// `letters`: the weekly letters, newest first, `/letters/`.
struct LettersPage: Encodable, Hashable, Sendable {
    var letters: [LetterListing]
    var feedURL: String
    /// The intake's subscription form, when it keeps the letter's subscribers.
    var subscribeURL: String?
}
