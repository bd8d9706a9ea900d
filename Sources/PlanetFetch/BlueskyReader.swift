import Foundation
import PlanetCore
import PlanetXML

/// Reads a Bluesky discussion on the public AppView: `app.bsky.feed.getPostThread` (docs.bsky.app).
struct BlueskyReader: Sendable {
    var requester: APIRequester
    /// The AppView's address, `https://public.api.bsky.app`.
    var appView: String

    /// The label an account sets when it asks not to be shown to logged-out readers.
    static let noUnauthenticated = "!no-unauthenticated"

    func thread(of discussion: Discussion) -> Result<FetchedThread, FetchFailure> {
        let uri = "at://\(discussion.account)/app.bsky.feed.post/\(discussion.postID)"
        var components = URLComponents(string: appView + "/xrpc/app.bsky.feed.getPostThread")
        components?.queryItems = [URLQueryItem(name: "uri", value: uri), URLQueryItem(name: "depth", value: "100"),
                                  URLQueryItem(name: "parentHeight", value: "0")]
        guard let url = components?.url?.absoluteString else { return .failure(.network("invalid URL")) }
        return requester.json(BlueskyThread.self, from: url).map(Self.replies)
    }

    /// The replies under the thread's post, depth first in date order at each level.
    static func replies(_ thread: BlueskyThread) -> FetchedThread {
        var result = FetchedThread(replies: [], withheldByChoice: 0, notPublic: 0)
        func walk(_ nodes: [BlueskyThread.Node], parent: String?) {
            for node in nodes {
                guard let post = node.post else { continue }
                let labels = (post.author.labels ?? []).map(\.val)
                if labels.contains(noUnauthenticated) {
                    result.withheldByChoice += 1
                    walk(node.replies ?? [], parent: parent)
                    continue
                }
                let reply = reply(post, parentID: parent)
                result.replies.append(reply)
                walk(node.replies ?? [], parent: reply.id)
            }
        }
        walk(thread.thread.replies ?? [], parent: nil)
        return result
    }

    static func reply(_ post: BlueskyThread.Post, parentID: String?) -> FetchedReply {
        let rkey = post.uri.split(separator: "/").last.map(String.init) ?? ""
        let profile = "https://bsky.app/profile/\(post.author.handle)"
        var media: [(url: String, description: String)] = []
        func collect(_ embed: BlueskyThread.Embed?) {
            guard let embed else { return }
            for image in embed.images ?? [] { if let url = image.fullsize { media.append((url, image.alt ?? "")) } }
            if let playlist = embed.playlist { media.append((playlist, "")) }
            if let uri = embed.external?.uri { media.append((uri, embed.external?.title ?? "")) }
            collect(embed.media?.value)
        }
        collect(post.embed)
        let selfLabels = (post.record.labels?.values ?? []).map(\.val) + (post.labels ?? []).filter { $0.src == post.author.did }.map(\.val)
        let name = (post.author.displayName ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return FetchedReply(
            network: .bluesky, id: post.uri, parentID: parentID, url: "\(profile)/post/\(rkey)",
            authorName: name.isEmpty ? post.author.handle : name, handle: post.author.handle, profileURL: profile,
            date: FeedDate.parse(post.record.createdAt ?? post.indexedAt ?? "") ?? Date(timeIntervalSince1970: 0),
            contentHTML: BlueskyText.html(post.record.text ?? "", facets: post.record.facets ?? []),
            warning: Array(Set(selfLabels)).sorted().joined(separator: ", "), media: media, avatarURL: post.author.avatar ?? "")
    }
}
