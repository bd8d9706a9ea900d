import Foundation
import PlanetCore
import PlanetXML

/// Finds a member's discussions in their own accounts: their public Mastodon statuses
/// (`GET /api/v1/accounts/lookup`, then `GET /api/v1/accounts/:id/statuses`) and their Bluesky author feed
/// (`app.bsky.feed.getAuthorFeed`), keeping the posts that link to one of the member's posts on the site.
struct DiscussionDiscovery: Sendable {
    var requester: APIRequester
    var appView: String

    struct Lookup: Decodable {
        var id: String
    }

    struct AuthorFeed: Decodable {
        struct Item: Decodable {
            var post: BlueskyThread.Post
        }

        var feed: [Item]
    }

    /// Post path (`/claire/mon-billet/`) → the discussions found for it, in the order the network gave them.
    func mastodon(_ account: FediverseAccount, postURLs: [String: String]) -> Result<[String: [Discussion]], FetchFailure> {
        let origin = Self.origin(ofHost: account.host)
        guard let lookupURL = Self.url(origin + "/api/v1/accounts/lookup", ["acct": account.name]) else { return .failure(.network("invalid URL")) }
        let id: String
        switch requester.json(Lookup.self, from: lookupURL) {
        case .failure(let failure): return .failure(failure)
        case .success(let lookup): id = lookup.id
        }
        guard let encoded = id.addingPercentEncoding(withAllowedCharacters: .alphanumerics),
              let statusesURL = Self.url(origin + "/api/v1/accounts/\(encoded)/statuses",
                                         ["exclude_replies": "true", "exclude_reblogs": "true", "limit": "40"]) else {
            return .failure(.network("invalid URL"))
        }
        return requester.json([MastodonStatus].self, from: statusesURL).map { statuses in
            var found: [String: [Discussion]] = [:]
            for status in statuses where status.isPublic {
                let links = HTMLReferences.scan(fragment: status.content ?? "").urls + [status.card?.url].compactMap { $0 }
                guard let path = Self.firstPost(in: links, postURLs: postURLs),
                      let discussion = Discussion.parse(status.url ?? ""), discussion.network == .mastodon else { continue }
                if !(found[path] ?? []).contains(discussion) { found[path, default: []].append(discussion) }
            }
            return found
        }
    }

    func bluesky(_ handle: String, postURLs: [String: String]) -> Result<[String: [Discussion]], FetchFailure> {
        guard let feedURL = Self.url(appView + "/xrpc/app.bsky.feed.getAuthorFeed",
                                     ["actor": handle, "filter": "posts_no_replies", "limit": "50"]) else {
            return .failure(.network("invalid URL"))
        }
        return requester.json(AuthorFeed.self, from: feedURL).map { feed in
            var found: [String: [Discussion]] = [:]
            for item in feed.feed where item.post.author.handle.lowercased() == handle {
                let post = item.post
                var links = (post.record.facets ?? []).flatMap(\.features).compactMap(\.uri)
                if let external = post.embed?.external?.uri { links.append(external) }
                let rkey = post.uri.split(separator: "/").last.map(String.init) ?? ""
                guard let path = Self.firstPost(in: links, postURLs: postURLs),
                      let discussion = Discussion.parse("https://bsky.app/profile/\(handle)/post/\(rkey)") else { continue }
                if !(found[path] ?? []).contains(discussion) { found[path, default: []].append(discussion) }
            }
            return found
        }
    }

    /// The post path of the first link that names one of the member's posts (scheme, `www.`, query, fragment and
    /// final `/` aside).
    static func firstPost(in links: [String], postURLs: [String: String]) -> String? {
        for link in links {
            if let path = postURLs[normalized(link)] { return path }
        }
        return nil
    }

    /// `example.org/claire/mon-billet`: a URL without its scheme, `www.`, query, fragment and final `/`.
    static func normalized(_ url: String) -> String {
        guard let components = URLComponents(string: url.trimmingCharacters(in: .whitespaces)), let host = components.host?.lowercased() else {
            return url
        }
        let bare = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        var path = components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        return bare + (components.port.map { ":\($0)" } ?? "") + path
    }

    /// `https://host`; `http://` for a loopback host (an instance on the machine itself, as in tests).
    static func origin(ofHost host: String) -> String {
        let name = host.split(separator: ":").first.map(String.init) ?? host
        return (name == "localhost" || name.hasPrefix("127.") ? "http://" : "https://") + host
    }

    static func url(_ base: String, _ query: KeyValuePairs<String, String>) -> String? {
        var components = URLComponents(string: base)
        components?.queryItems = query.map { URLQueryItem(name: $0.key, value: $0.value) }
        return components?.url?.absoluteString
    }
}
