/// `moderation.sign_in`: the button that spends a sign-in code.
struct ModerationSignIn: Encodable, Hashable, Sendable {
    var actionURL: String
    var code: String
}
