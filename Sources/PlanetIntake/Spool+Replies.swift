import Foundation
import PlanetCore
import PlanetFiles

/// Replies from Mastodon and Bluesky that `planet fetch` wrote into the site as pending comment files
/// (`kind: reply`), taken into the spool so that moderators decide on them where, and as, they decide on readers'
/// comments. The site's text is kept in the comment's record `site-text` (and stays after delivery, so that the
/// same text is never taken twice); delivery then replaces that very file: approved, without `status`; refused or
/// spam, with `status: spam` (which `planet fetch` leaves alone, so it never comes back); an approved removal
/// proposal (`upstream: deleted`) removes the file.
extension Spool {
    /// Takes the site's pending replies that are new, or whose text changed, into the pending queue; drops the
    /// pending copies of replies decided or removed in the site meanwhile (at the terminal, by a later fetch).
    /// Returns how many were taken.
    @discardableResult
    public func takeReplies(from siteFolder: String) -> Int {
        var taken = 0
        var inSite: Set<SpooledComment> = []
        for comment in comments(in: siteFolder + "/comments") {
            guard let data = FileManager.default.contents(atPath: "\(siteFolder)/\(comment.path)"), Self.isPendingReply(data) else { continue }
            inSite.insert(comment)
            guard siteText(of: comment) != data, !isApproved(comment) else { continue }
            do {
                try DurableFile.write(data, to: markerPath(SpoolLayout.siteTextRecord, for: comment), mode: 0o600)
                try FileManager.default.createDirectory(
                    atPath: "\(folder)/comments/\(comment.postAuthorID)/\(comment.postSlug)", withIntermediateDirectories: true)
                try DurableFile.write(data, to: "\(folder)/\(comment.path)")
                taken += 1
            } catch {
                continue
            }
        }
        for comment in pending() where !inSite.contains(comment) && siteText(of: comment) != nil {
            try? DurableFile.remove("\(folder)/\(comment.path)")
        }
        return taken
    }

    /// The site's text of a reply taken from it; nil for a reader's comment or a mention.
    public func siteText(of comment: SpooledComment) -> Data? {
        FileManager.default.contents(atPath: markerPath(SpoolLayout.siteTextRecord, for: comment))
    }

    /// The text delivered for a decision on a reply taken from the site: empty to remove the file.
    func replyDecision(_ action: ModerationAction, on text: String) throws -> Data {
        switch action {
        case .approve:
            let fields = CommentFileEdit.fields(of: text) ?? []
            if fields.contains(where: { $0.key == "upstream" && $0.value == "deleted" }) { return Data() }
            return Data(try CommentFileEdit.settingStatus(.published, in: text).utf8)
        case .refuse, .spam:
            return Data(try CommentFileEdit.settingStatus(.spam, in: text).utf8)
        }
    }

    static func isPendingReply(_ data: Data) -> Bool {
        guard let text = String(data: data, encoding: .utf8), let fields = CommentFileEdit.fields(of: text) else { return false }
        return fields.contains { $0.key == "kind" && $0.value == "reply" } && fields.contains { $0.key == "status" && $0.value == "pending" }
    }
}
