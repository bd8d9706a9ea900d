/// `letter`: a weekly letter's page, `/letters/<year>-<week>/`, with links to the letters before and after.
struct LetterPage: Encodable, Hashable, Sendable {
    var letter: LetterValues
    var lettersURL: String
    var previous: TitledLink?
    var next: TitledLink?
}
