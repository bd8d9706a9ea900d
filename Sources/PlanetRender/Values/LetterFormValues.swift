/// `intake.letter`: a page of the weekly letter's subscription, with the form its step needs.
struct LetterFormValues: Encodable, Hashable, Sendable {
    var actionURL: String
    var subscribe: Bool
    var confirm: Bool
    var unsubscribe: Bool
}
