/// A page of the weekly letter's subscription on the intake (`IntakePage.Kind.letter`).
public enum LetterSubscriptionStep: String, Sendable, Hashable, CaseIterable {
    /// `/letter/subscribe`: the form (an address, a button).
    case subscribe
    /// The address was taken: a confirmation link was sent to it.
    case sent
    /// The confirmation link: a button confirms (mail programs open links on their own).
    case confirm
    /// The address is confirmed: the letter will go to it.
    case confirmed
    /// The unsubscribe link: a button deletes the address (RFC 8058's one-click POST works too).
    case unsubscribe
    /// The address is deleted (or was not kept).
    case unsubscribed
}
