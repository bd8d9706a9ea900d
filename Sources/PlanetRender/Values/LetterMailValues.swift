/// `letter-mail`: a weekly letter as the HTML part of its e-mail; every link absolute, every style inline.
struct LetterMailValues: Encodable, Hashable, Sendable {
    var lang: String
    var t: [String: String]
    var siteTitle: String
    var siteURL: String
    var letter: LetterValues
    /// The one-click unsubscribe page of this recipient, or empty (a mailing list unsubscribes by itself).
    var unsubscribeURL: String
}
