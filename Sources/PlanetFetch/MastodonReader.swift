import Foundation
import PlanetCore
import PlanetXML

/// Reads a Mastodon discussion on its instance: `GET /api/v1/statuses/:id` for the root, then
/// `GET /api/v1/statuses/:id/context` for the replies (docs.joinmastodon.org, methods/statuses).
struct MastodonReader: Sendable {
    var requester: APIRequester

    func thread(of discussion: Discussion) -> Result<FetchedThread, FetchFailure> {
        let base = "\(discussion.origin)/api/v1/statuses/\(discussion.postID)"
        let root: MastodonStatus
        switch requester.json(MastodonStatus.self, from: base) {
        case .failure(let failure): return .failure(failure)
        case .success(let status): root = status
        }
        let context: MastodonStatus.Context
        switch requester.json(MastodonStatus.Context.self, from: base + "/context") {
        case .failure(let failure): return .failure(failure)
        case .success(let value): context = value
        }
        return .success(Self.replies(root: root, descendants: context.descendants, origin: discussion.origin))
    }

    /// The public replies under `root`, each answering its nearest republished ancestor.
    static func replies(root: MastodonStatus, descendants: [MastodonStatus], origin: String) -> FetchedThread {
        var parentOf: [String: String] = [:]
        for status in descendants { parentOf[status.id] = status.in_reply_to_id }
        var kept = Set<String>()
        var replies: [FetchedReply] = []
        var withheld = 0
        var notPublic = 0
        var hidden = Set<String>()
        for status in descendants {
            // Under a reply that is not public, the whole branch stays home.
            if let parent = status.in_reply_to_id, hidden.contains(parent) {
                hidden.insert(status.id)
                notPublic += 1
                continue
            }
            guard status.isPublic else {
                hidden.insert(status.id)
                notPublic += 1
                continue
            }
            guard !status.authorDeclines else {
                withheld += 1
                continue
            }
            var parent = status.in_reply_to_id
            while let candidate = parent, candidate != root.id, !kept.contains(candidate) { parent = parentOf[candidate] }
            if parent == root.id { parent = nil }
            kept.insert(status.id)
            replies.append(reply(status, parentID: parent, origin: origin))
        }
        return FetchedThread(replies: replies, withheldByChoice: withheld, notPublic: notPublic)
    }

    static func reply(_ status: MastodonStatus, parentID: String?, origin: String) -> FetchedReply {
        let account = status.account
        let host = URLComponents(string: origin).map { ($0.host ?? "") + ($0.port.map { ":\($0)" } ?? "") } ?? ""
        let handle = account.acct.contains("@") ? "@\(account.acct)" : "@\(account.acct)@\(host)"
        let media = (status.media_attachments ?? []).compactMap { attachment -> (url: String, description: String)? in
            guard let url = attachment.remote_url ?? attachment.url else { return nil }
            return (url, attachment.description ?? "")
        }
        let name = (account.display_name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return FetchedReply(
            network: .mastodon, id: status.id, parentID: parentID, url: status.url ?? status.uri ?? "\(origin)/statuses/\(status.id)",
            authorName: name.isEmpty ? account.username ?? account.acct : name, handle: handle, profileURL: account.url ?? "",
            date: FeedDate.parse(status.created_at) ?? Date(timeIntervalSince1970: 0), contentHTML: status.content ?? "",
            warning: status.spoiler_text ?? "", media: media, avatarURL: account.avatar_static ?? account.avatar ?? "")
    }
}
