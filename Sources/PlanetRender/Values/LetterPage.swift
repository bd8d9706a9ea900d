/// `letter`: a weekly letter's page, `/letters/<year>-<week>/`, with links to the letters before and after.
struct LetterPage: Encodable, Hashable, Sendable {
    var letter: LetterValues
    var lettersURL: String
    /// The intake's subscription form, when it keeps the letter's subscribers.
    var subscribeURL: String?
    var previous: TitledLink?
    var next: TitledLink?
}
