import Foundation

/// What moderators act on, whatever the front end (the moderation view, a terminal): the pending items of the
/// spool, and their decisions, carried out on the spool's queue with the readers' links kept in step.
public struct ModerationDesk: Sendable {
    public let spool: Spool
    public let links: ReaderLinks
    let queue: SpoolQueue

    init(spool: Spool, links: ReaderLinks, queue: SpoolQueue) {
        self.spool = spool
        self.links = links
        self.queue = queue
    }

    /// The pending comments and mentions, oldest path first; unreadable files are left out.
    public func pending() -> [PendingItem] {
        spool.pending().compactMap { comment in
            (try? spool.text(of: comment)).flatMap { PendingItem(comment: comment, text: String(decoding: $0, as: UTF8.self)) }
        }
    }

    /// Carries out `action` on a pending comment, for `moderator` (their id, named in the delivery's commit). A
    /// comment no longer pending (decided meanwhile, withdrawn) throws `NotPending`.
    public func decide(_ action: ModerationAction, on comment: SpooledComment, by moderator: String) async throws {
        let spool = self.spool, links = self.links
        try await queue.run {
            guard spool.isPending(comment) else { throw NotPending() }
            try spool.decide(action, on: comment, by: moderator)
            switch action {
            case .approve: try links.update(comment, to: .approved)
            case .refuse, .spam:
                links.forget(comment)
                Subscriptions(spool: spool).remove(comment)
            }
        }
    }

    /// The comment was decided or withdrawn before this decision arrived.
    public struct NotPending: Error, CustomStringConvertible {
        public var description: String { "the comment is no longer pending" }
    }
}
