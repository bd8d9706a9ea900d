import Foundation

/// `comments:` in `planet.yaml`: how readers without git send comments.
public struct CommentSettings: Sendable, Hashable, Encodable {
    /// The public URL of `planet intake` (no trailing slash); the form posts to `<intake>/comments`, and
    /// webmentions go to `<intake>/webmention`. Nil: readers comment by pull request.
    public var intake: String?
    /// A question the form asks (a speed bump for bots), or nil.
    public var question: String?
    /// The accepted answers to `question`, compared after trimming, case folding and NFC normalization.
    public var answers: [String]

    public init(intake: String? = nil, question: String? = nil, answers: [String] = []) {
        self.intake = intake
        self.question = question
        self.answers = answers
    }

    /// Whether `answer` is one of `answers` (any answer when there is no question).
    public func accepts(answer: String) -> Bool {
        guard question != nil else { return true }
        let given = Self.normalized(answer)
        return answers.contains { Self.normalized($0) == given }
    }

    static func normalized(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
