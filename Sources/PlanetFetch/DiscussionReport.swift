/// The discussions' part of `planet fetch`'s report: a line per discussion, then the totals, with the replies
/// left out because their authors asked not to be republished or because they are not public.
public enum DiscussionReport {
    public static func table(_ outcomes: [DiscussionOutcome]) -> String {
        var lines = ["post  discussion  status  replies  new  edited  removed  withheld"]
        for outcome in outcomes {
            let status = outcome.failure?.summary ?? "ok"
            lines.append("\(outcome.postPath)  \(outcome.discussion.url)  \(status)  \(outcome.replies)  \(outcome.counts.new)  "
                + "\(outcome.counts.edited)  \(outcome.counts.removed)  \(outcome.withheldByChoice + outcome.notPublic)")
        }
        return lines.joined(separator: "\n")
    }

    public static func summary(_ outcomes: [DiscussionOutcome]) -> String {
        let failed = outcomes.filter { $0.failure != nil }.count
        let new = outcomes.map(\.counts.new).reduce(0, +)
        let edited = outcomes.map(\.counts.edited).reduce(0, +)
        let removed = outcomes.map(\.counts.removed).reduce(0, +)
        let declined = outcomes.map(\.withheldByChoice).reduce(0, +)
        let notPublic = outcomes.map(\.notPublic).reduce(0, +)
        let avatars = outcomes.map(\.avatarsNotStored).reduce(0, +)
        let avatarNote = avatars == 0 ? "" : "; \(avatars) avatar\(avatars == 1 ? "" : "s") not stored (refused, too large or not an image): initials instead"
        return "\(outcomes.count) discussion\(outcomes.count == 1 ? "" : "s"): \(outcomes.count - failed) ok, \(failed) failed; "
            + "\(new) new, \(edited) edited and \(removed) removed replies to moderate; "
            + "\(declined) not republished at their author's choice (noindex, not discoverable, !no-unauthenticated), "
            + "\(notPublic) not public" + avatarNote
    }
}
