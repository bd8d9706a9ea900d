import Foundation
import PlanetCore
import PlanetMarkdown
import PlanetParse

/// The rules of `POST /comments`: a pure function of the submission, what the service knows of the site,
/// the clock, the limits and the messages accepted lately.
public enum SubmissionValidation {
    public static func validate(
        _ submission: CommentSubmission, site: SiteKnowledge, now: Date, limits: IntakeLimits, recent: RecentMessages
    ) -> SubmissionVerdict {
        if !submission.email.isEmpty { return .bot(post: submission.post) }
        let parts = submission.post.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, AuthorParser.isValidID(parts[0]), !parts[1].isEmpty, Slug.make(parts[1]) == parts[1] else {
            return .refused(.malformedID)
        }
        guard let thread = site.threads[submission.post] else { return .refused(.unknownPost) }
        guard thread.commentsOpen else { return .refused(.commentsClosed) }
        let replyTo = TextNormalization.field(submission.replyTo)
        guard replyTo.isEmpty || isPlainID(replyTo) else { return .refused(.malformedID) }

        guard !submission.name.unicodeScalars.contains(where: TextNormalization.isLineBreak) else { return .refused(.lineBreakInName) }
        var problems: [SubmissionProblem] = []
        let name = TextNormalization.name(submission.name)
        if name.isEmpty {
            problems.append(.nameMissing)
        } else if name.count > limits.nameLength.upperBound {
            problems.append(.nameTooLong(maximum: limits.nameLength.upperBound))
        } else if let problem = CommentAuthorName.problem(of: name) {
            problems.append(problem == .noVisibleLetterOrDigit ? .nameWithoutLetter : .nameTooComplex)
        }
        let website = TextNormalization.field(submission.website)
        if !website.isEmpty, !URLRules.isWebURL(website) { problems.append(.websiteNotWeb) }
        let notify = TextNormalization.field(submission.notify)
        if site.sendsMail, !notify.isEmpty, !MailAddressRule.isPlausible(notify) { problems.append(.notifyNotAnAddress) }
        let message = TextNormalization.message(submission.message)
        problems += messageProblems(message, limits: limits)
        if !replyTo.isEmpty, !thread.published.contains(where: { $0.id == replyTo }) { problems.append(.unknownReply) }
        if !site.settings.accepts(answer: submission.answer) { problems.append(.wrongAnswer) }
        guard problems.isEmpty else { return .mistakes(problems) }
        let hash = RecentMessages.hash(message, key: recent.key)
        if recent.contains(hash, now: now, window: limits.duplicateWindow) { return .duplicate(post: submission.post) }
        return .accepted(AcceptedComment(
            postAuthorID: parts[0], postSlug: parts[1], name: name, website: website.isEmpty ? nil : website, message: message,
            replyTo: replyTo.isEmpty ? nil : replyTo, date: now, messageHash: hash,
            notify: site.sendsMail && !notify.isEmpty ? notify : nil))
    }

    /// What is wrong with a normalized message (`TextNormalization.message`): missing, too long, too many links.
    public static func messageProblems(_ message: String, limits: IntakeLimits) -> [SubmissionProblem] {
        if message.isEmpty { return [.messageMissing] }
        if message.count > limits.messageLength.upperBound { return [.messageTooLong(maximum: limits.messageLength.upperBound)] }
        if linkCount(message) > limits.maxLinks { return [.tooManyLinks(maximum: limits.maxLinks)] }
        return []
    }

    /// A comment id as file stems are: letters, digits, `-`, `_` and `.`, not starting with `.`, at most 200.
    public static func isPlainID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 200 && !id.hasPrefix(".")
            && id.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0)) }
    }

    /// Links and images of a message, autolinks included, as the build will render them.
    static func linkCount(_ message: String) -> Int {
        MarkdownLinks.find(in: message, trust: .visitor).count
    }
}
