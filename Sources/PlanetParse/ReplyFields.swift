import PlanetCore

/// The fields only a reply brought from Mastodon or Bluesky has (`kind: reply`): `network`, `handle`, `warning`,
/// `avatar` and `upstream`.
struct ReplyFields {
    var network: SocialNetwork?
    var handle = ""
    var warning = ""
    /// `upstream: deleted`: its author deleted it; it is not shown, whatever its status.
    var deletedUpstream = false
    /// The avatar's file name in `.planet/feeds/<member>/avatars/`, as `planet fetch` names it (16 hexadecimal
    /// digits and an image extension); nil when none.
    var avatar: String?

    /// Reads them; on another kind of comment, they are reported as ignored.
    static func read(_ fields: inout YAMLFields, kind: CommentKind) -> ReplyFields {
        var reply = ReplyFields()
        let networkText = fields.string("network")?.trimmingCharacters(in: .whitespaces).lowercased()
        let handle = fields.string("handle").map(PostParser.collapsingWhitespace) ?? ""
        let warning = fields.string("warning").map(PostParser.collapsingWhitespace) ?? ""
        guard kind == .reply else {
            for key in ["network", "handle", "warning", "upstream", "avatar"] where fields.has(key) {
                fields.warning("`\(key)` is for replies from Mastodon or Bluesky (`kind: reply`); ignored", at: key)
            }
            return reply
        }
        if let networkText {
            if let network = SocialNetwork(rawValue: networkText) {
                reply.network = network
            } else {
                fields.error("`network` must be mastodon or bluesky", at: "network")
            }
        } else {
            fields.error("missing `network`: mastodon or bluesky, where the reply was written", at: "kind")
        }
        if let upstream = fields.string("upstream")?.trimmingCharacters(in: .whitespaces).lowercased() {
            if upstream == "deleted" {
                reply.deletedUpstream = true
            } else {
                fields.error("`upstream` can only be `deleted`", at: "upstream")
            }
        }
        if let avatar = fields.string("avatar")?.trimmingCharacters(in: .whitespaces) {
            if isAvatarName(avatar) {
                reply.avatar = avatar
            } else {
                fields.warning("`avatar` must be the name of a file that planet fetch copied (such as 0123456789abcdef.png); ignored", at: "avatar")
            }
        }
        reply.handle = handle
        reply.warning = warning
        return reply
    }

    /// `0123456789abcdef.png`: 16 lowercase hexadecimal digits, then jpg, png, gif, webp or avif.
    static func isAvatarName(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0].count == 16 && parts[0].allSatisfy { $0.isHexDigit && !$0.isUppercase }
            && ["jpg", "png", "gif", "webp", "avif"].contains(parts[1])
    }
}
