import Foundation

/// A post on Mastodon or Bluesky where one of the site's posts is discussed (`discussion:` in a post's front
/// matter, or found in the member's account by `planet fetch`): its replies become the post's replies.
public struct Discussion: Sendable, Hashable, Codable {
    public var network: SocialNetwork
    /// The post's address as written (`https://piaille.fr/@claire/113456789`, `https://bsky.app/profile/claire.bsky.social/post/3l4x`).
    public var url: String
    /// Mastodon: `scheme://host` of the instance that serves it; Bluesky: `https://bsky.app`.
    public var origin: String
    /// Mastodon: the status id; Bluesky: the record key.
    public var postID: String
    /// Bluesky: the author's handle or DID; Mastodon: the account name in the URL.
    public var account: String

    public init(network: SocialNetwork, url: String, origin: String, postID: String, account: String) {
        self.network = network
        self.url = url
        self.origin = origin
        self.postID = postID
        self.account = account
    }

    /// The discussion a URL names: `https://bsky.app/profile/<handle or did>/post/<rkey>` for Bluesky;
    /// `http(s)://<instance>/@<name>/<id>`, `/@<name>@<host>/<id>`, `/users/<name>/statuses/<id>` or
    /// `/notice/<id>` for Mastodon. Nil for any other URL.
    public static func parse(_ text: String) -> Discussion? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
              scheme == "https" || scheme == "http", let host = components.host?.lowercased(), !host.isEmpty,
              components.user == nil, components.password == nil else { return nil }
        let segments = components.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let origin = "\(scheme)://\(host)" + (components.port.map { ":\($0)" } ?? "")
        if host == "bsky.app" || host == "staging.bsky.app" {
            guard segments.count == 4, segments[0] == "profile", segments[2] == "post", isRecordKey(segments[3]),
                  isBlueskyActor(segments[1]) else { return nil }
            return Discussion(network: .bluesky, url: trimmed, origin: origin, postID: segments[3], account: segments[1].lowercased())
        }
        let digits = { (text: String) in !text.isEmpty && text.count <= 30 && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        if segments.count == 2, segments[0].hasPrefix("@"), segments[0].count > 1, digits(segments[1]) {
            return Discussion(network: .mastodon, url: trimmed, origin: origin, postID: segments[1], account: String(segments[0].dropFirst()))
        }
        if segments.count == 4, segments[0] == "users", segments[2] == "statuses", digits(segments[3]) {
            return Discussion(network: .mastodon, url: trimmed, origin: origin, postID: segments[3], account: segments[1])
        }
        if segments.count == 2, segments[0] == "notice", digits(segments[1]) {
            return Discussion(network: .mastodon, url: trimmed, origin: origin, postID: segments[1], account: "")
        }
        return nil
    }

    /// A Bluesky record key: 1 to 512 characters of `A-Za-z0-9._~:-`.
    static func isRecordKey(_ text: String) -> Bool {
        (1...512).contains(text.count) && text != "." && text != ".."
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._~:-".contains($0)) }
    }

    /// A handle (`claire.bsky.social`) or a DID (`did:plc:...`).
    static func isBlueskyActor(_ text: String) -> Bool {
        if text.hasPrefix("did:") { return text.count <= 2048 && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._:%-".contains($0)) } }
        return BlueskyHandle.isValid(text)
    }
}
